using Poet.Analysis.Outcomes;
using Poet.Analysis.Tests.Fixtures;

namespace Poet.Analysis.Tests.Outcomes;

public class OutcomeGroupingTests
{
    private static readonly IReadOnlyList<ProposedGroup> Demo = OutcomeGrouping.Propose(OutcomeStatements.DemoRound);

    private static ProposedGroup GroupOf(string id) => Demo.Single(g => g.StatementIds.Contains(id));

    [Theory]   // fixture: brief §5 Table 5.2, duplicates and a misspelling of each
    [InlineData("riss-meetings-1", "riss-meetings-2", "riss-meetings-3")]
    [InlineData("riss-referral-1", "riss-referral-2", "riss-referral-3")]
    [InlineData("riss-keywork-2", "riss-keywork-3", "riss-keywork-4")]
    [InlineData("riss-parking-1", "riss-parking-2", "riss-parking-3")]
    [InlineData("riss-caf-1", "riss-caf-2", "cp-caf")]
    [InlineData("riss-it-1", "riss-it-2")]
    [InlineData("riss-colocation-1", "riss-colocation-2")]
    [InlineData("riss-joint-1", "riss-joint-2")]
    [InlineData("riss-interagency-1", "riss-interagency-2")]
    [InlineData("riss-training-1", "riss-training-2")]
    [InlineData("riss-available-1", "riss-available-2")]
    [InlineData("riss-empower-1", "riss-empower-2")]
    [InlineData("dlds-staffing", "cp-staffing")]
    [InlineData("dlds-screening-1", "dlds-screening-2")]
    [InlineData("cp-interpreters-1", "cp-interpreters-2")]
    public void Propose_DemoRound_PutsNearDuplicatesTogether(params string[] ids)
    {
        Assert.All(ids, id => Assert.Same(GroupOf(ids[0]), GroupOf(id)));
    }

    [Theory]
    [InlineData("riss-parking-2", "riss-joint-1")]
    [InlineData("riss-parking-1", "riss-meetings-1")]
    [InlineData("riss-meetings-1", "riss-referral-1")]
    [InlineData("riss-keywork-2", "dlds-screening-1")]
    [InlineData("dlds-payments", "riss-safety")]
    [InlineData("riss-training-1", "cp-governance")]
    [InlineData("cp-admissions", "riss-parking-3")]
    public void Propose_DemoRound_KeepsUnrelatedStatementsApart(string one, string other)
    {
        Assert.NotSame(GroupOf(one), GroupOf(other));
    }

    [Fact]
    public void Propose_DemoRound_PlacesEveryStatementOnce()
    {
        Assert.Equal(
            OutcomeStatements.DemoRound.Select(s => s.Id).Order(),
            Demo.SelectMany(g => g.StatementIds).Order());
    }

    [Fact]
    public void Propose_DemoRound_ProposesFewerGroupsThanStatements()
    {
        Assert.InRange(Demo.Count, 20, OutcomeStatements.DemoRound.Count - 15);
    }

    [Fact]
    public void Propose_DemoRound_LabelsMeetingsGroupWithItsMostCentralStatement()
    {
        Assert.Equal("Regular team meetings", GroupOf("riss-meetings-3").SuggestedLabel);
    }

    [Fact]
    public void Propose_SameInputTwice_GivesSameGroupsInSameOrder()
    {
        var again = OutcomeGrouping.Propose(OutcomeStatements.DemoRound);

        Assert.Equal(Demo.Select(g => (string.Join(",", g.StatementIds), g.SuggestedLabel)),
                     again.Select(g => (string.Join(",", g.StatementIds), g.SuggestedLabel)));
    }

    [Fact]
    public void Propose_Groups_AreLargestFirstThenByFirstStatement()
    {
        var position = OutcomeStatements.DemoRound.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var keys = Demo.Select(g => (-g.StatementIds.Count, position[g.StatementIds[0]])).ToArray();

        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void Propose_Empty_GivesNoGroups()
    {
        Assert.Empty(OutcomeGrouping.Propose([]));
    }

    [Fact]
    public void Propose_OneStatement_GivesOneGroupLabelledWithIt()
    {
        var groups = OutcomeGrouping.Propose([new("s1", "Joint assessments")]);

        Assert.Equal([new ProposedGroup(["s1"], "Joint assessments")], groups, GroupComparer);
    }

    [Fact]
    public void Propose_IdenticalStatements_GivesOneGroup()
    {
        var groups = OutcomeGrouping.Propose([new("a", "Central referral"), new("b", "Central referral"), new("c", "central  referral.")]);

        Assert.Equal([new ProposedGroup(["a", "b", "c"], "Central referral")], groups, GroupComparer);
    }

    [Fact]
    public void Propose_OnlyStopWords_StandAlone()
    {
        var groups = OutcomeGrouping.Propose([new("a", "and the of"), new("b", "it is to be"), new("c", "Regular team meetings")]);

        Assert.Equal([["a"], ["b"], ["c"]], groups.Select(g => g.StatementIds));
    }

    [Fact]
    public void Propose_IdenticalStopWordsOnly_GroupTogether()
    {
        var groups = OutcomeGrouping.Propose([new("a", "And the..."), new("b", "and the")]);

        Assert.Equal(["a", "b"], Assert.Single(groups).StatementIds);
    }

    [Fact]
    public void Propose_EmptyText_StandsAloneWithEmptyLabel()
    {
        var groups = OutcomeGrouping.Propose([new("a", ""), new("b", "Parking")]);

        Assert.Equal([new ProposedGroup(["a"], ""), new ProposedGroup(["b"], "Parking")], groups.OrderBy(g => g.StatementIds[0]), GroupComparer);
    }

    [Fact]
    public void Propose_FiveThousandCharacterStatement_IsGroupedAndLabelShortened()
    {
        var words = "Families should be able to park near the building and find the entrance easily without help ";
        var longText = string.Concat(Enumerable.Repeat(words, 60))[..5000];
        var groups = OutcomeGrouping.Propose([new("long", longText), new("b", "Parking near the building"), new("c", "Joint assessments")]);

        var label = groups.Single(g => g.StatementIds.Contains("long")).SuggestedLabel;
        Assert.True(label.Length <= GroupingOptions.DefaultMaximumLabelLength, $"label has {label.Length} characters");
        Assert.EndsWith("…", label);
    }

    [Fact]
    public void Propose_DuplicateId_IsRefusedNamingTheId()
    {
        var e = Assert.Throws<ArgumentException>(() => OutcomeGrouping.Propose([new("s1", "Parking"), new("s1", "Transport")]));

        Assert.StartsWith("Statement \"s1\" appears twice.", e.Message);
    }

    [Fact]
    public void Propose_CutOffAboveOne_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => OutcomeGrouping.Propose([new("s1", "Parking")], new GroupingOptions(SimilarityCutOff: 1.5)));

        Assert.Equal("The similarity cut-off must be between 0 and 1; it was 1.5.", e.Message);
    }

    [Fact]
    public void Propose_CutOffZero_PutsEverythingInOneGroup()
    {
        var groups = OutcomeGrouping.Propose(OutcomeStatements.DemoRound, new GroupingOptions(SimilarityCutOff: 0));

        Assert.Single(groups);
    }

    [Fact]
    public void Propose_CutOffOne_GroupsOnlySameContentWords()
    {   // "Parking" and "Improve parking": "improve" is a direction word, not content.
        var groups = OutcomeGrouping.Propose(OutcomeStatements.DemoRound, new GroupingOptions(SimilarityCutOff: 1));

        Assert.Equal([["riss-meetings-1", "riss-meetings-2"], ["riss-referral-1", "riss-referral-2"], ["riss-parking-1", "riss-parking-2"]],
            groups.Where(g => g.StatementIds.Count > 1).Select(g => g.StatementIds));
    }

    [Fact]
    public void Similarity_Misspelling_ScoresAboveUnrelatedPair()
    {   // The trigram part alone: words differ ("refferral" is not in the vocabulary), trigrams mostly agree.
        var m = StatementSimilarity.Compute([new("a", "referral"), new("b", "refferral"), new("c", "parking")],
            new GroupingOptions(Vocabulary: new OutcomeVocabulary([], new Dictionary<string, string>())));

        Assert.True(m[0, 1] > 0.2, $"referral ~ refferral = {m[0, 1]}");
        Assert.Equal(0, m[0, 2], 6);
    }

    private static readonly IEqualityComparer<ProposedGroup> GroupComparer = EqualityComparer<ProposedGroup>.Create(
        (x, y) => x!.SuggestedLabel == y!.SuggestedLabel && x.StatementIds.SequenceEqual(y.StatementIds),
        g => g.SuggestedLabel.GetHashCode());
}
