using Poet.Analysis.Outcomes;
using Poet.Analysis.Tests.Fixtures;

namespace Poet.Analysis.Tests.Outcomes;

public class OutcomeClassificationTests
{
    private static string? FocusOf(string text) =>
        OutcomeClassification.Suggest(new Statement("s", text)).For(OutcomeLexicon.Focus)!.Category;

    private static string? TypeOf(string text) =>
        OutcomeClassification.Suggest(new Statement("s", text)).For(OutcomeLexicon.Type)!.Category;

    private static double Accuracy(IEnumerable<string> texts, string expected) =>
        texts.Average(t => FocusOf(t) == expected ? 1.0 : 0.0);

    // Accuracy floors on the brief's CP Table 5.4 (L1671-1692) and RISS Box 5.2 (L1436-1458). The default
    // lexicon was written and then adjusted with these very lists in view, so the figures are fit on the
    // training set: they guard against regressions, they do not predict accuracy on a new partnership's
    // statements (expect lower). No suggestion (no cue, or a tie) counts as wrong.
    // Measured with the default lexicon: CP organisational 18/18; CP service user 10/11 ("Better
    // communication through trained interpreters" is suggested organisational); CP overall 28/29 (97%);
    // Box 5.2 service user 8/11 (three get no suggestion: "A welcoming building", "Knowing how to get
    // help from other services", "Being asked about changes in services").

    [Fact]
    public void Suggest_CpOrganisationalColumn_AtLeast90PercentSuggestOrganisation()
    {
        Assert.InRange(Accuracy(OutcomeStatements.CpOrganisational, OutcomeLexicon.Organisation), 0.90, 1);
    }

    [Fact]
    public void Suggest_CpServiceUserColumn_AtLeast90PercentSuggestServiceUser()
    {
        Assert.InRange(Accuracy(OutcomeStatements.CpServiceUser, OutcomeLexicon.ServiceUser), 0.90, 1);
    }

    [Fact]
    public void Suggest_RissAgreedOutcomes_AtLeast70PercentSuggestServiceUser()
    {
        Assert.InRange(Accuracy(OutcomeStatements.RissAgreed, OutcomeLexicon.ServiceUser), 0.70, 1);
    }

    [Fact]
    public void Suggest_Statement_ListsTheCuesThatMatched()
    {
        var focus = OutcomeClassification.Suggest(new Statement("s", "More training for staff")).For(OutcomeLexicon.Focus)!;

        Assert.Equal(OutcomeLexicon.Organisation, focus.Category);
        Assert.Equal([new CueMatch(OutcomeLexicon.Organisation, "staff", 1), new CueMatch(OutcomeLexicon.Organisation, "training", 1)],
            focus.Cues.OrderBy(c => c.Phrase));
    }

    [Fact]
    public void Suggest_NoCue_SuggestsNothing()
    {
        var focus = OutcomeClassification.Suggest(new Statement("s", "Customer satisfaction")).For(OutcomeLexicon.Focus)!;

        Assert.Null(focus.Category);
        Assert.Empty(focus.Cues);
    }

    [Fact]
    public void Suggest_TiedCategories_SuggestsNothing()
    {   // "families" (service user) against "staff" (organisation); "family" and "families" are one cue.
        Assert.Null(FocusOf("Staff and families"));
    }

    [Theory]
    [InlineData("Less risk of serious harm", OutcomeLexicon.MaintenanceOrPrevention)]
    [InlineData("Fewer unnecessary admissions", OutcomeLexicon.MaintenanceOrPrevention)]
    [InlineData("Faster care", OutcomeLexicon.ServiceProcess)]
    [InlineData("Easy access by telephone", OutcomeLexicon.ServiceProcess)]
    [InlineData("Better child health in the city", OutcomeLexicon.Change)]
    [InlineData("Young people gain confidence and independence", OutcomeLexicon.Change)]
    public void Suggest_ClearTypeCue_SuggestsThatType(string text, string type)
    {   // Glendinning et al. 2006, brief §4 item 7.
        Assert.Equal(type, TypeOf(text));
    }

    [Fact]
    public void Suggest_Lexicon_IsData()
    {
        var lexicon = OutcomeLexicon.FromJson("""
            {"cues":[{"dimension":"heading","category":"being healthy","phrase":"immunisation"},
                     {"dimension":"heading","category":"staying safe","phrase":"harm","weight":2}]}
            """);

        var suggestion = OutcomeClassification.Suggest(new Statement("s", "Higher immunisation rates"), lexicon);

        Assert.Equal([new DimensionSuggestion("heading", "being healthy", [new CueMatch("being healthy", "immunisation", 1)])],
            suggestion.Dimensions, SuggestionComparer);
    }

    [Fact]
    public void FromJson_CueWithoutPhrase_IsRefusedNamingTheCue()
    {
        var e = Assert.Throws<ArgumentException>(() => OutcomeLexicon.FromJson("""{"cues":[{"dimension":"focus","category":"x"}]}"""));

        Assert.StartsWith("Cue 1 needs a dimension, a category and a phrase.", e.Message);
    }

    [Fact]
    public void Suggest_Many_KeepsInputOrderAndIds()
    {
        var suggestions = OutcomeClassification.Suggest([new Statement("b", "Parking"), new Statement("a", "Faster care")]);

        Assert.Equal(["b", "a"], suggestions.Select(s => s.StatementId));
    }

    private static readonly IEqualityComparer<DimensionSuggestion> SuggestionComparer = EqualityComparer<DimensionSuggestion>.Create(
        (x, y) => x!.Dimension == y!.Dimension && x.Category == y.Category && x.Cues.SequenceEqual(y.Cues),
        d => d.Dimension.GetHashCode());
}
