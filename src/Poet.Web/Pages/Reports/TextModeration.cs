using Poet.Analysis.Text;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

public enum ModerationResult { Saved, EnterReplacement, UnknownAction }

/// <summary>What a moderated text looks like in a report: masked as written, and masked as shown.</summary>
public sealed record ModeratedView(string Original, string Shown, bool Hidden, bool Replaced);

/// <summary>One text's moderation form (_ModeratedText): <paramref name="Noun"/> names the text in the buttons, "comment" or "answer".</summary>
public sealed record ModerationCard(int N, ModeratedView Text, string SealedRef, string Noun, bool Failed, string? Error);

/// <summary>
/// The moderation both the staff report's comments and the users-and-carers "anything else" answers use:
/// the form's actions, and how a decision changes what the report shows. Masking runs on the replacement too.
/// </summary>
public static class TextModeration
{
    public const string EnterReplacement = "Enter the text to show instead, or hide it";

    /// <param name="otherReplacement">A second replacement the form offered (an outcome's rationale); either one is enough to save an edit.</param>
    public static ModerationResult Apply(IModeratedText row, DateTime now, string? action, string? replacement, string? otherReplacement = null)
    {
        switch (action)
        {
            case "hide": row.Hidden = true; break;
            case "show": row.Hidden = false; break;
            case "restore": row.ReplacementText = null; break;
            case "redact" when string.IsNullOrWhiteSpace(replacement) && string.IsNullOrWhiteSpace(otherReplacement):
                return ModerationResult.EnterReplacement;
            case "redact": row.ReplacementText = Trimmed(replacement); break;
            default: return ModerationResult.UnknownAction;
        }
        row.UpdatedUtc = now;
        return ModerationResult.Saved;
    }

    public static ModeratedView View(string written, IModeratedText? decision, Redactor redactor)
    {
        var original = redactor.Mask(written);
        var shown = decision?.ReplacementText is { Length: > 0 } r ? redactor.Mask(r) : original;
        return new ModeratedView(original, shown, decision?.Hidden == true, shown != original);
    }

    public static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 4000)];
}
