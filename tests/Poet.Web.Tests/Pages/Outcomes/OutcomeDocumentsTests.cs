using Poet.Data.Documents;

namespace Poet.Web.Tests.Pages.Outcomes;

public class OutcomeDocumentsTests
{
    private static readonly OutcomeDocuments.Content Content = new("Rockingborough", "Autumn survey", 2, new DateOnly(2026, 11, 14), "Plainer words",
    [
        new(1, "Services responding quickly", false, [], 7, [new("Staff survey", "A central referral system", "Referrals reach the right team")]),
        new(2, "A welcoming building", true, ["Easy parking"], 12, []),
    ]);

    [Fact]
    public void Provenance_ListsEachOutcomesStatements()
    {
        var pdf = OutcomeDocuments.Provenance(Content);
        Assert.True(pdf.Mentions("A central referral system"));
        Assert.True(pdf.Mentions("No statements: added at the workshop."));
    }

    [Fact]
    public void AgreedList_WithContestedItem_IsDraftFrameworkWithAlphabeticalView()
    {
        var pdf = OutcomeDocuments.AgreedList(Content);
        Assert.True(pdf.Mentions("Rockingborough: Draft outcomes framework"));
        Assert.True(pdf.Mentions("Also proposed: Easy parking"));
        Assert.True(pdf.Mentions("In alphabetical order, for interviews"));
    }

    [Fact]
    public void VotingResults_MostVotesFirst()
    {
        var lines = OutcomeDocuments.VotingResults(Content).Text.Select(t => t.Text).ToList();
        Assert.True(lines.IndexOf("2. A welcoming building") < lines.IndexOf("1. Services responding quickly"));
    }
}
