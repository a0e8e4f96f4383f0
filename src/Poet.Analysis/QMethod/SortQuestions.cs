using Poet.Analysis.Text;

namespace Poet.Analysis.QMethod;

/// <summary>A study's own question as the rules see it: its number (id q_{Number}), wording and, for a single choice, its options.</summary>
public sealed record SortQuestion(int Number, string Text, IReadOnlyList<string> Options)
{
    public bool IsChoice => Options.Count > 0;
    public string Id => SortQuestions.Id(Number);
}

/// <summary>
/// The researcher's own pre- and post-sort questions (as in Ken-Q and EQ Web Sort): what makes a question usable, and
/// whether an answer fits it. Answers are optional; a choice answer must be one of the options.
/// </summary>
public static class SortQuestions
{
    public const int MaxTextLength = 300, MaxOptions = 20, MaxOptionLength = 100, MaxAnswerLength = 500;

    public static string Id(int number) => $"q_{number}";

    /// <summary>Problems with a question as the researcher wrote it, each a sentence saying what to do; none when it is usable.</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(string? text, bool choice, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<(string, string)>();
        var t = (text ?? "").Trim();
        if (t.Length == 0) problems.Add(("Text", "Enter the question"));
        else if (t.Length > MaxTextLength) problems.Add(("Text", $"The question must be {MaxTextLength} characters or fewer"));
        if (choice)
        {
            if (options.Count < 2) problems.Add(("Options", "Enter at least 2 options, one on each line"));
            else if (options.Count > MaxOptions) problems.Add(("Options", $"Enter at most {MaxOptions} options; there are {options.Count}"));
            else if (options.FirstOrDefault(o => o.Length > MaxOptionLength) is { } longOne)
                problems.Add(("Options", $"Shorten the option \u201c{Shorten(longOne)}\u201d to {MaxOptionLength} characters or fewer"));
            else if (options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
                problems.Add(("Options", $"The option \u201c{twice.Key}\u201d is there twice; give each option once"));
        }
        return problems;
    }

    /// <summary>One option a line, trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> SplitOptions(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>
    /// An answer as given: null when left blank, otherwise the trimmed text, or the option exactly as the question spells
    /// it (matched ignoring case). Problem is a sentence naming the question when the answer does not fit.
    /// </summary>
    public static (string? Value, string? Problem) Check(SortQuestion question, string? given)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = PlainText.Clean(given ?? "").Trim();
        if (text.Length == 0) return (null, null);
        if (question.IsChoice)
        {
            var option = question.Options.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase));
            return option is null
                ? (null, $"Choose one of the options for \u201c{Shorten(question.Text)}\u201d, or leave it blank")
                : (option, null);
        }
        return text.Length > MaxAnswerLength
            ? (null, $"Shorten your answer to \u201c{Shorten(question.Text)}\u201d to {MaxAnswerLength} characters or fewer")
            : (text, null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "...";
}
