using Poet.Analysis.Text;
using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.Text;

public class ReadabilityTests
{
    [Theory]   // counted by hand
    [InlineData("cat", 1)]
    [InlineData("matter", 2)]
    [InlineData("makes", 1)]
    [InlineData("wanted", 2)]
    [InlineData("boxes", 2)]
    [InlineData("liked", 1)]
    [InlineData("table", 2)]
    [InlineData("important", 3)]
    [InlineData("questionnaire", 3)] // ques-tion-naire
    [InlineData("happy", 2)]
    [InlineData("free", 1)]
    public void Syllables_CommonWords(string word, int expected) => Assert.Equal(expected, Readability.Syllables(word));

    [Fact]
    public void Measure_WorkedExample()
    {   // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables:
        // grade 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45; ease 206.835 − 1.015 × 6 − 84.6 × 1 = 116.145.
        var m = Readability.Measure("The cat sat on the mat.");

        Assert.Equal((1, 6, 6, 6), (m.Sentences, m.Words, m.Syllables, m.LongestSentence));
        Assert.Equal(-1.45, m.Grade, 10);
        Assert.Equal(116.145, m.Ease, 10);
    }

    [Fact]
    public void Measure_HardText_ScoresHigh()
    {   // the kind of wording issue 18 found in outcomes: 15 words, 27 syllables, 1 sentence → grade 0.39 × 15 + 11.8 × 1.8 − 15.59 = 11.5
        var m = Readability.Measure("One professional co-ordinates services so families do not need to repeat their story to everybody.");

        Assert.Equal((1, 15), (m.Sentences, m.Words));
        Assert.True(m.Grade > 9, $"grade {m.Grade:0.0}");
    }

    /// <summary>
    /// Every sentence POET itself writes in the easy-read version (not the partnership's outcomes or statements):
    /// Mencap's guidance ("Make it clear", 2000) asks for short sentences, around 15 words at most; POET holds
    /// itself to 12 and to a Flesch–Kincaid grade of 3 or below (a reading age of about 8).
    /// </summary>
    [Fact]
    public void EasyRead_EveryPoetSentence_IsShortAndPlain()
    {
        string[] texts =
        [
            UcEasyRead.Title, .. UcEasyRead.Introduction, UcEasyRead.Who, UcEasyRead.Services, UcEasyRead.ServicesHint, UcEasyRead.SupportLength,
            UcEasyRead.ImportanceQuestion, UcEasyRead.HappensQuestion, UcEasyRead.TopThree, UcEasyRead.TopThreeHint, UcEasyRead.Missing,
            UcEasyRead.MissingHint, UcEasyRead.Barriers, UcEasyRead.BarriersHint, UcEasyRead.BarrierOther, UcEasyRead.NoNames,
            UcEasyRead.AgreeQuestion, UcEasyRead.AnythingElse, UcEasyRead.AnythingElseHint, UcEasyRead.CheckTitle, UcEasyRead.CheckWarning, UcEasyRead.DoneBody,
        ];

        var all = Readability.Measure(texts);

        Assert.True(all.LongestSentence <= 12, $"longest sentence {all.LongestSentence} words");
        Assert.True(all.Grade <= 3, $"Flesch–Kincaid grade {all.Grade:0.0}, reading ease {all.Ease:0}");
        Assert.All(texts, t => Assert.True(Readability.Measure(t).Grade <= 6, $"\"{t}\": grade {Readability.Measure(t).Grade:0.0}"));
    }
}
