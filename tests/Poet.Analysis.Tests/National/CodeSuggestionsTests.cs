using Poet.Analysis.National;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.Tests.National;

public class CodeSuggestionsTests
{
    // Terms as in src/Poet.Data/National/national-vocabularies.json (client group), cut to three.
    private static readonly CodeTerm[] Clients =
    [
        new("children-families", "Children and families", ["children", "young people", "families"]),
        new("older-people", "Older people", ["older people", "elderly", "dementia", "frail"]),
        new("mental-health", "People with mental health problems", ["mental health", "psychiatric"]),
    ];

    [Theory]
    [InlineData("Frail elderly people leaving hospital", "older-people")]        // two cues of one code
    [InlineData("Young people and their families", "children-families")]
    [InlineData("Support for a child's family", "children-families")]             // stemmed: "family" matches "families"
    [InlineData("Adults with mental health problems", "mental-health")]
    [InlineData("Older people with dementia and children", "older-people")]        // 2 cues against 1
    public void Suggest_CueInText_ThatCode(string text, string expected) => Assert.Equal(expected, CodeSuggestions.Suggest(text, Clients));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Residents of the borough")]                                        // no cue
    public void Suggest_NoCue_NoSuggestion(string text) => Assert.Null(CodeSuggestions.Suggest(text, Clients));

    [Fact]
    public void Suggest_TwoCodesTie_NoSuggestion() =>
        Assert.Null(CodeSuggestions.Suggest("Mental health of children", Clients));      // one cue each

    [Theory]
    [InlineData("Fewer people wait more than a week for a first visit", "service-process")] // OutcomeLexicon: "wait"
    [InlineData("Fewer falls and unnecessary hospital admissions prevented", "maintenance-or-prevention")]
    [InlineData("Purple", null)]
    public void OutcomeType_FromTheOutcomeLexicon(string wording, string? expected) => Assert.Equal(expected, CodeSuggestions.OutcomeType(wording));

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(2, "narrow")]
    [InlineData(3, "medium")]
    [InlineData(5, "medium")]
    [InlineData(6, "broad")]
    public void Breadth_StepsOfTheVocabulary(int partners, string? expected) => Assert.Equal(expected, CodeSuggestions.Breadth(partners));

    [Fact]
    public void Aggregate_ConfirmedType_WinsOverTheSourcesConsensus()
    {
        var sources = new[] { new SourceClass(null, "change", "choice"), new SourceClass(null, "change", "choice") };
        var outcomes = new[]
        {
            new AgreedOutcomeInput(1, "Confirmed", sources, new SourceClass(null, "service-process", null)),
            new AgreedOutcomeInput(2, "Not confirmed", sources),
        };

        var a = RoundAggregation.Aggregate(10, 6, [new RoundItemCounts("s1", 1, true, new Distribution([0, 0, 0, 6, 0], 0))], outcomes, null, null);

        Assert.Equal([("service-process", "choice"), ("change", "choice")], a.Outcomes.Select(o => (o.Type, o.FrameworkHeading)).ToArray());
    }
}
