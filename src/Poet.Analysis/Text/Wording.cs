namespace Poet.Analysis.Text;

/// <summary>
/// The one home for counted nouns in what POET writes: "1 interview", "7 interviews", never "7 interview(s)"
/// (issue 15, item 9). English plurals that are not the singular plus "s" are passed in.
/// </summary>
public static class Wording
{
    /// <summary>"1 outcome", "0 outcomes", "2 people" (with <paramref name="plural"/> "people").</summary>
    public static string Count(int n, string singular, string? plural = null) => $"{n} {Noun(n, singular, plural)}";

    /// <summary>The noun alone, singular for exactly one.</summary>
    public static string Noun(int n, string singular, string? plural = null) => n == 1 ? singular : plural ?? singular + "s";

    /// <summary>"is" or "are" to agree with <paramref name="n"/>.</summary>
    public static string IsAre(int n) => n == 1 ? "is" : "are";

    /// <summary>"has" or "have" to agree with <paramref name="n"/>.</summary>
    public static string HasHave(int n) => n == 1 ? "has" : "have";
}
