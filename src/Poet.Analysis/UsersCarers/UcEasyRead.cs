using Poet.Analysis.Text;

namespace Poet.Analysis.UsersCarers;

/// <summary>
/// The easy-read wording of the user and carer questionnaire: short sentences, one idea each. The printed easy-read
/// form and the online pages in easy-read mode both take their text from here, so the two never drift apart.
/// Only the words differ from the standard form; the answers and how they are stored are the same.
/// </summary>
public static class UcEasyRead
{
    public const string Title = "What matters to you?";
    public static readonly string[] Introduction =
        ["We want to know what matters to you.", "We want to know if it happens.", "Do not write your name.", "You can skip a question."];

    public const string Who = "Who is filling this in?";
    public const string Services = "Which help do you get?";
    public const string ServicesHint = "Tick all the help you get.";
    public const string SupportLength = "How long have you had help?";
    public const string ImportanceQuestion = "Is this important to you?";
    public const string HappensQuestion = "Does this happen?";
    public const string TopThree = "Which 3 matter most?";
    public const string TopThreeHint = "Tick up to 3.";
    public const string Missing = "Is something missing from the list?";
    public const string MissingHint = "Tell us what else matters to you. Do not write names.";
    public const string Barriers = "What makes it hard to get help?";
    public const string BarriersHint = "Tick all that make it hard.";
    public const string BarrierOther = "Is something else hard?";
    public const string NoNames = "Do not write names.";
    public const string AgreeQuestion = "Do you agree?";
    public const string AnythingElse = "Is there anything else you want to tell us?";
    public const string AnythingElseHint = "Do not write names. Do not write phone numbers or addresses.";
    public const string CheckTitle = "Check your answers";
    public const string CheckWarning = "You cannot change your answers after you send them.";
    public const string DoneBody = "We will tell the services what people said. This helps them see what needs to change.";

    public static string Importance(string outcome) => $"{outcome}. {ImportanceQuestion}";
    public static string Happens(string outcome) => $"{outcome}. {HappensQuestion}";
    public static string Statement(string statement) => $"{statement}. {AgreeQuestion}";

    public const int MaxWordingLength = 150;
    public const double MaxWordingGrade = 7;
    public const int MaxSentenceWords = 12;
    public const int LongWordSyllables = 4;

    /// <summary>
    /// What is wrong with a coordinator's easy-read wording of an outcome, or null when it will do. The check is
    /// <see cref="Readability"/> on the wording as a family reads it on its page, with "Is this important to you?" after
    /// it (a short phrase alone gives Flesch–Kincaid no sentence to measure): grade 7 or lower, no sentence over 12
    /// words and no word of 4 or more syllables ("co-ordinate", "professionals"), as easy-read guidance asks for short
    /// words and short sentences. Grade 7 lets "Services work together" (6.6) through; the syllable rule catches what a
    /// short phrase hides from the grade.
    /// </summary>
    public static string? WordingProblem(string? wording)
    {
        var text = wording?.Trim() ?? "";
        if (text.Length == 0) return "Enter an easy-read wording for this outcome";
        if (text.Length > MaxWordingLength) return $"The easy-read wording must be {MaxWordingLength} characters or fewer";
        if (Readability.Words(text).FirstOrDefault(w => Readability.Syllables(w) >= LongWordSyllables) is { } longWord)
            return $"This wording is too hard to read: “{longWord}” is a long word. Use short words, like the ones people use when they talk";
        var alone = Readability.Measure(text);
        if (alone.LongestSentence > MaxSentenceWords)
            return $"This wording is too hard to read: a sentence has {alone.LongestSentence} words. Use {MaxSentenceWords} words or fewer in each sentence";
        var onPage = Readability.Measure(Importance(text.TrimEnd('.')));
        if (onPage.Grade > MaxWordingGrade)
            return $"This wording is too hard to read: use shorter words and sentences (it scores {onPage.Grade:0.0} on the Flesch–Kincaid grade; easy read needs {MaxWordingGrade:0} or lower)";
        return null;
    }

    /// <summary>The outcomes, in order, that still need an easy-read wording or picture; the easy-read version opens when none do.</summary>
    public static IReadOnlyList<string> StillToWord(IEnumerable<(string Text, string? Wording, string? Picture)> outcomes) =>
        outcomes.Where(o => string.IsNullOrWhiteSpace(o.Wording) || UcPictures.Find(o.Picture) is null).Select(o => o.Text).ToList();

    /// <summary>The plain sentence that says the easy-read version is not ready, naming what is missing.</summary>
    public static string NotReady(IReadOnlyList<string> stillToWord) =>
        $"The easy-read version opens when every outcome has an easy-read wording and a picture. Still to do: {string.Join("; ", stillToWord)}.";
}
