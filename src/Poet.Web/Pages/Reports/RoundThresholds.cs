using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Poet.Analysis.Rules;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>
/// A round's celebration/development thresholds: kept on the round (so each round's report keeps its own rule), read
/// into <see cref="CelebrationDevelopmentRules"/>, the one home of the rule.
/// </summary>
public static class RoundThresholds
{
    public static CelebrationDevelopmentRules Rules(int celebrationAgree, int celebrationDisagree, int developmentDisagree, int dontKnowAbove) =>
        CelebrationDevelopmentRules.Default with
        {
            CelebrationMinimumAgreePercent = celebrationAgree,
            CelebrationMaximumDisagreePercent = celebrationDisagree,
            DevelopmentMinimumDisagreePercent = developmentDisagree,
            KnowledgeGapAboveDontKnowPercent = dontKnowAbove,
        };

    public static CelebrationDevelopmentRules Rules(SurveyRound r) =>
        Rules(r.CelebrationMinAgreePercent, r.CelebrationMaxDisagreePercent, r.DevelopmentMinDisagreePercent, r.DevelopmentDontKnowAbovePercent);

    /// <summary>Copies another round's thresholds (a new round starts from the previous round's, to compare like with like).</summary>
    public static void CopyTo(SurveyRound from, SurveyRound to)
    {
        to.CelebrationMinAgreePercent = from.CelebrationMinAgreePercent;
        to.CelebrationMaxDisagreePercent = from.CelebrationMaxDisagreePercent;
        to.DevelopmentMinDisagreePercent = from.DevelopmentMinDisagreePercent;
        to.DevelopmentDontKnowAbovePercent = from.DevelopmentDontKnowAbovePercent;
    }

    /// <summary>The method notes' sentence on whose thresholds these are.</summary>
    public static string Whose(CelebrationDevelopmentRules rules) => rules.IsStandard
        ? "These are POET's standard thresholds; the partnership did not change them for this round."
        : "The partnership set these thresholds for this round. POET's standard thresholds are " +
          $"at least {P(Standard.CelebrationMinimumAgreePercent)} agree and at most {P(Standard.CelebrationMaximumDisagreePercent)} disagree for celebration, " +
          $"and at least {P(Standard.DevelopmentMinimumDisagreePercent)} disagree or more than {P(Standard.KnowledgeGapAboveDontKnowPercent)} \"Don't know\" for development.";

    private static CelebrationDevelopmentRules Standard => CelebrationDevelopmentRules.Default;

    private static string P(double percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The four thresholds as typed; whole numbers from 0 to 100, each error naming its field.</summary>
public sealed class ThresholdsForm
{
    public const string CelebrationAgreeName = "The lowest % agree for an area for celebration";
    public const string CelebrationDisagreeName = "The highest % disagree for an area for celebration";
    public const string DevelopmentDisagreeName = "The lowest % disagree for an area for development";
    public const string DontKnowName = "The % answering \"Don't know\" above which a statement is an area for development";

    public string? CelebrationAgree { get; set; }
    public string? CelebrationDisagree { get; set; }
    public string? DevelopmentDisagree { get; set; }
    public string? DontKnow { get; set; }

    public static ThresholdsForm From(SurveyRound r) => new()
    {
        CelebrationAgree = r.CelebrationMinAgreePercent.ToString(CultureInfo.InvariantCulture),
        CelebrationDisagree = r.CelebrationMaxDisagreePercent.ToString(CultureInfo.InvariantCulture),
        DevelopmentDisagree = r.DevelopmentMinDisagreePercent.ToString(CultureInfo.InvariantCulture),
        DontKnow = r.DevelopmentDontKnowAbovePercent.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Adds an error per wrong field (keys "Form.CelebrationAgree" and so on); when all is well, sets the round's thresholds.</summary>
    public bool TryApply(SurveyRound round, ModelStateDictionary errors)
    {
        var standard = CelebrationDevelopmentRules.Default;
        var agree = Read(CelebrationAgree, "Form.CelebrationAgree", CelebrationAgreeName, standard.CelebrationMinimumAgreePercent, errors);
        var celebrationDisagree = Read(CelebrationDisagree, "Form.CelebrationDisagree", CelebrationDisagreeName, standard.CelebrationMaximumDisagreePercent, errors);
        var developmentDisagree = Read(DevelopmentDisagree, "Form.DevelopmentDisagree", DevelopmentDisagreeName, standard.DevelopmentMinimumDisagreePercent, errors);
        var dontKnow = Read(DontKnow, "Form.DontKnow", DontKnowName, standard.KnowledgeGapAboveDontKnowPercent, errors);
        // Development wins over celebration, so a celebration allowing as much disagreement as makes a development area
        // would promise what the rule cannot give.
        if (celebrationDisagree is { } c && developmentDisagree is { } d && c >= d)
            errors.AddModelError("Form.CelebrationDisagree",
                $"{CelebrationDisagreeName} must be less than {LowerFirst(DevelopmentDisagreeName)} ({d}%)");
        if (errors.ErrorCount > 0) return false;
        round.CelebrationMinAgreePercent = agree!.Value;
        round.CelebrationMaxDisagreePercent = celebrationDisagree!.Value;
        round.DevelopmentMinDisagreePercent = developmentDisagree!.Value;
        round.DevelopmentDontKnowAbovePercent = dontKnow!.Value;
        return true;
    }

    private static int? Read(string? text, string key, string name, double example, ModelStateDictionary errors)
    {
        var value = (text ?? "").Trim().TrimEnd('%').Trim();
        if (value.Length == 0)
        {
            errors.AddModelError(key, $"Enter {LowerFirst(name)}");
            return null;
        }
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            errors.AddModelError(key, $"{name} must be a whole number, like {example.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        if (n is < 0 or > 100)
        {
            errors.AddModelError(key, $"{name} must be between 0 and 100");
            return null;
        }
        return n;
    }

    private static string LowerFirst(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
