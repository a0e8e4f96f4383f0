using Poet.Analysis.Contribution;

namespace Poet.Analysis.Tests.Contribution;

public class ContributionAnalysisTests
{
    private const string Outcome = "People get help before a crisis";
    private static readonly ContributionStoryText Story = new("Joint triage meetings every week", "Referrals reach the right team sooner", "Partners keep sending staff", "Funding ends in March", "A new national helpline");

    private static EvidenceInput Input(IReadOnlyList<StaffItemFigure>? staff = null, int? votes = 12, FamiliesFigure? families = null, IReadOnlyList<string>? quotes = null,
        string? round = "Spring 2026", string? questionnaire = "What matters to you") =>
        new(round, staff ?? [], votes, false, questionnaire, families, quotes ?? []);

    [Fact]
    public void Compose_EveryKindOfEvidence_AttachesToItsLink_AndLeavesNoGap()
    {
        var input = Input(staff: [new StaffItemFigure("S2-01", "2.1", "We share a clear purpose", 8, 75.0)],
            families: new FamiliesFigure(10, 60.0, 9, 100.0 * 4 / 9), quotes: ["They rang me back the same day"]);

        var s = ContributionAnalysis.Compose(Outcome, Story, input);

        Assert.Equal([ChainLink.Activities, ChainLink.Changes, ChainLink.Outcome], s.Links.Select(l => l.Link));
        Assert.Equal(["Staff survey (Spring 2026), statement 2.1 “We share a clear purpose”: 75% of 8 staff who gave a view agree."], s.Links[0].Evidence.Select(e => e.Text));
        Assert.Equal(["Interview quotation: “They rang me back the same day”"], s.Links[1].Evidence.Select(e => e.Text));
        // 4 of 9 = 44.4%, shown as 44%.
        Assert.Equal([
            "Families (What matters to you): 44% of 9 who said how often say it always or usually happens.",
            "Families (What matters to you): 60% of 10 who rated it say it is very important.",
            "Feedback workshop: 12 votes for this outcome.",
        ], s.Links[2].Evidence.Select(e => e.Text));
        Assert.All(s.Links, l => Assert.Null(l.Gap));
        Assert.Empty(s.Gaps);
        Assert.Equal("Joint triage meetings every week", s.Links[0].Story);
        Assert.Equal(Outcome, s.Links[2].Story);
    }

    [Fact]
    public void Compose_NothingYet_ShowsAGapForEveryLinkAndEveryUnwrittenPart()
    {
        var s = ContributionAnalysis.Compose(Outcome, ContributionStoryText.Empty, Input(votes: null, round: null, questionnaire: null));

        Assert.Equal([
            "The partnership has not described what it does towards this outcome yet.",
            "The partnership has not described what changes as a result yet.",
            "No evidence yet for what the partnership does: no staff survey round has closed.",
            "No evidence yet for what changes: no approved interview quotation is about this outcome.",
            "No evidence yet that the outcome happens: no users and carers questionnaire has closed with enough returns to report.",
            "No assumptions recorded yet: what must hold for each link to lead to the next?",
            "No other influences recorded yet: what else could explain the outcome?",
        ], s.Gaps);
    }

    [Fact]
    public void Compose_StaffItemWithFewerThanFiveViews_IsNotEvidence()
    {   // Suppression.MinimumCellSize = 5: a share of 4 people is never shown.
        var s = ContributionAnalysis.Compose(Outcome, Story, Input(staff: [new StaffItemFigure("S2-01", "2.1", "We share a clear purpose", 4, 100.0)]));

        Assert.Empty(s.Links[0].Evidence);
        Assert.Equal("No evidence yet for what the partnership does: fewer than 5 staff gave a view on the chosen statements, so their figures are not shown.", s.Links[0].Gap);
    }

    [Fact]
    public void Compose_RoundClosedButNoStatementChosen_AsksForStatements() =>
        Assert.Equal("No evidence yet for what the partnership does: choose the staff survey statements that show it.",
            ContributionAnalysis.Compose(Outcome, Story, Input()).Links[0].Gap);

    [Fact]
    public void Compose_ImportanceAndVotesWithoutDelivery_StillAGapForTheOutcome()
    {   // Families said it matters, but delivery is hidden (fewer than 5 said how often): that does not show it happens.
        var s = ContributionAnalysis.Compose(Outcome, Story, Input(families: new FamiliesFigure(7, 50.0, 3, null)));

        Assert.Equal(["Families (What matters to you): 50% of 7 who rated it say it is very important.", "Feedback workshop: 12 votes for this outcome."],
            s.Links[2].Evidence.Select(e => e.Text));
        Assert.Equal("No evidence yet that the outcome happens: fewer than 5 families said how often it happens, so it is not shown.", s.Links[2].Gap);
    }

    [Fact]
    public void Compose_ContestedOutcome_SaysSoBesideTheVotes()
    {
        var s = ContributionAnalysis.Compose(Outcome, Story, Input(votes: 1) with { Contested = true });
        Assert.Contains("Feedback workshop: 1 vote for this outcome; staff could not agree on it.", s.Links[2].Evidence.Select(e => e.Text));
    }
}
