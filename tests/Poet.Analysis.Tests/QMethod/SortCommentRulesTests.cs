using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>Who reads participants' reasons (issue 13): the team reads all, a shared report quotes only consented ones, without roles.</summary>
public class SortCommentRulesTests
{
    private static readonly SortComments[] Sorts =
    [
        new("P1", "Carer", MayQuote: true, [new SortReason(3, 4, "Families come first"), new SortReason(1, -4, "Not our job")]),
        new("P2", "Staff", MayQuote: false, [new SortReason(2, 4, "Budgets decide everything")]),
        new("P3", null, MayQuote: true, [new SortReason(5, 3, "We share one office")]),
    ];

    [Fact]
    public void ForTeam_EveryReasonOfEverySort_ByCodeThenStatement()
    {
        var team = SortCommentRules.ForTeam(Sorts);

        Assert.Equal([("P1", 1, "Not our job"), ("P1", 3, "Families come first"), ("P2", 2, "Budgets decide everything"), ("P3", 5, "We share one office")],
            team.Select(t => (t.Code, t.Reason.Statement, t.Reason.Text)));
        Assert.Equal(["Carer", "Carer", "Staff", null], team.Select(t => t.Role));
    }

    [Fact]
    public void Quotes_OnlyFlaggedSortsThatConsented_HighestColumnFirst()
    {
        var quotes = SortCommentRules.Quotes(Sorts, [true, true, false]);

        // P2 did not consent; P3 is not on the factor.
        Assert.Equal([new SortReason(3, 4, "Families come first"), new SortReason(1, -4, "Not our job")], quotes);
    }

    [Fact]
    public void Quotes_FlagsOfAnotherLength_Refused()
    {
        Assert.Throws<ArgumentException>(() => SortCommentRules.Quotes(Sorts, [true]));
    }
}
