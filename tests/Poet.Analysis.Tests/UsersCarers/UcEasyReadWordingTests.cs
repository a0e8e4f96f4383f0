using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.UsersCarers;

/// <summary>The easy-read check on a coordinator's outcome wording (<see cref="UcEasyRead.WordingProblem"/>).</summary>
public class UcEasyReadWordingTests
{
    [Theory]
    [InlineData("I get help fast")]
    [InlineData("Staff are kind to me.")]
    // With "Is this important to you?": 8 words, 14 syllables (ser-vi-ces, to-ge-ther), 2 sentences:
    // 0.39 × 4 + 11.8 × 1.75 − 15.59 = 6.6, under 7.
    [InlineData("Services work together")]
    [InlineData("I can see my doctor when I need to")]
    public void WordingProblem_ShortPlainWords_None(string wording) => Assert.Null(UcEasyRead.WordingProblem(wording));

    [Theory]
    [InlineData("", "Enter an easy-read wording for this outcome")]
    [InlineData("   ", "Enter an easy-read wording for this outcome")]
    // The issue's own example: "co-ordinate" has 4 vowel groups less the silent e (co, or, di, nate).
    [InlineData("Services co-ordinate with each other in their own right",
        "This wording is too hard to read: “co-ordinate” is a long word. Use short words, like the ones people use when they talk")]
    [InlineData("I can see a doctor or a nurse when I need to see one",
        "This wording is too hard to read: a sentence has 14 words. Use 12 words or fewer in each sentence")]
    // No long word, but with the question: 10 words, 21 syllables (ev-er-y 3, fam-i-ly 3, re-ceives 2, qual-i-ty 3,
    // as-sis-tance 3; is this im-por-tant to you 7), 2 sentences: 0.39 × 5 + 11.8 × 2.1 − 15.59 = 11.1.
    [InlineData("Every family receives quality assistance",
        "This wording is too hard to read: use shorter words and sentences (it scores 11.1 on the Flesch–Kincaid grade; easy read needs 7 or lower)")]
    public void WordingProblem_HardOrMissing_SaysWhatToDo(string wording, string expected) => Assert.Equal(expected, UcEasyRead.WordingProblem(wording));

    [Fact]
    public void WordingProblem_Over150Characters_SaysTheLimit() =>
        Assert.Equal("The easy-read wording must be 150 characters or fewer", UcEasyRead.WordingProblem(string.Join(' ', Enumerable.Repeat("I am ok.", 20))));

    [Fact]
    public void StillToWord_NamesOutcomesWithoutWordingOrKnownPicture_InOrder()
    {
        var still = UcEasyRead.StillToWord([("A", "Staff are kind", "home"), ("B", null, "home"), ("C", "I get help", null), ("D", "I get help", "no-such-picture")]);

        Assert.Equal(["B", "C", "D"], still);
        Assert.Equal("The easy-read version opens when every outcome has an easy-read wording and a picture. Still to do: B; C; D.", UcEasyRead.NotReady(still));
    }

    [Fact]
    public void Pictures_IdsUniqueAndEveryAnswerPictureInTheSet()
    {
        Assert.Equal(UcPictures.All.Count, UcPictures.All.Select(p => p.Id).Distinct().Count());
        Assert.InRange(UcPictures.All.Count, 40, 80); // a curated set, not the whole of OpenMoji
        string[] labels = ["Very important", "Quite important", "Not very important", "Not at all important", "Always", "Usually", "Sometimes", "Never",
            "Don't know", "Strongly agree", "Agree", "Disagree", "Strongly disagree", "Less than 6 months", "6 months to 2 years", "More than 2 years",
            "I use the service myself", "I am a carer or family member", "I am helping someone to answer"];
        Assert.All(labels, l => Assert.NotNull(UcPictures.Find(UcPictures.ForAnswer(l))));
        Assert.All(new[] { UcPictures.Who, UcPictures.Services, UcPictures.SupportLength, UcPictures.TopThree, UcPictures.Missing, UcPictures.Barriers,
            UcPictures.Statement, UcPictures.AnythingElse }, id => Assert.NotNull(UcPictures.Find(id)));
    }
}
