using Poet.Analysis.Outcomes;

namespace Poet.Analysis.Tests.Outcomes;

public class OutcomeTextTests
{
    [Fact]
    public void Normalise_PunctuationAndCase_GivesLowerCaseWordsWithSingleSpaces()
    {
        Assert.Equal("parent held records and child s", OutcomeText.Normalise("  Parent-held RECORDS, & child/s!  "));
    }

    [Fact]
    public void Normalise_Apostrophe_IsDropped()
    {
        Assert.Equal("childrens records", OutcomeText.Normalise("Children’s records"));
    }

    [Fact]
    public void Normalise_CapitalIT_BecomesIct()
    {
        Assert.Equal("integrated ict so it works", OutcomeText.Normalise("Integrated IT so it works"));
    }

    [Fact]
    public void Terms_StopWordsAndDirectionWords_AreRemoved()
    {
        Assert.Equal(["train", "staff"], OutcomeText.Terms("More training for the staff"));
    }

    [Fact]
    public void Terms_OnlyStopWords_IsEmpty()
    {
        Assert.Empty(OutcomeText.Terms("and the of it is to be"));
    }

    [Theory]   // Snowball English (Porter2) stems, as on snowballstem.org/algorithms/english/stemmer.html
    [InlineData("assessments", "assess")]
    [InlineData("meetings", "meet")]
    [InlineData("families", "famili")]
    [InlineData("empowering", "empow")]
    [InlineData("generously", "generous")]
    public void Terms_OneWord_IsStemmed(string word, string stem)
    {
        Assert.Equal([stem], OutcomeText.Terms(word));
    }

    [Theory]
    [InlineData("key worker")]
    [InlineData("key workers")]
    [InlineData("keyworker")]
    [InlineData("keywork")]
    [InlineData("key-working")]
    public void Terms_KeyWorkerSpellings_AllGiveOneTerm(string text)
    {
        Assert.Equal(["keywork"], OutcomeText.Terms(text));
    }

    [Fact]
    public void Terms_Misspelling_IsCorrectedByVocabulary()
    {
        Assert.Equal(OutcomeText.Terms("central referral"), OutcomeText.Terms("central refferal"));
    }

    [Fact]
    public void Terms_OwnVocabulary_ReplacesDefault()
    {
        var vocabulary = new OutcomeVocabulary(["parking"], new Dictionary<string, string> { ["car park"] = "parking" });

        Assert.Equal(["build"], OutcomeText.Terms("parking at the building", vocabulary));
    }
}
