using System.Globalization;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Text;

namespace Poet.Analysis.Contribution;

/// <summary>The three links of Mayne's expected results chain, as POET asks for them.</summary>
public enum ChainLink { Activities, Changes, Outcome }

/// <summary>What the partnership wrote for one outcome (contribution analysis, Mayne 2008 and 2012).</summary>
public sealed record ContributionStoryText(string Activities, string Changes, string Assumptions, string Risks, string OtherInfluences)
{
    public static readonly ContributionStoryText Empty = new("", "", "", "", "");
}

/// <summary>A staff survey statement the partnership chose, with its figures from the round's published report.</summary>
/// <param name="GaveAView">Respondents who agreed or disagreed (not "Don't know").</param>
/// <param name="AgreePercent">Agree or strongly agree, as a share of <paramref name="GaveAView"/>.</param>
public sealed record StaffItemFigure(string ItemId, string Number, string Text, int GaveAView, double? AgreePercent);

/// <summary>
/// Families' answers about the outcome as the users and carers release publishes them: each share with the number it is
/// out of, or null where the report hides it (fewer than 5 answers).
/// </summary>
public sealed record FamiliesFigure(int ImportanceAnswered, double? VeryImportantPercent, int HappensKnown, double? AlwaysOrUsuallyPercent);

/// <summary>Everything POET already publishes that can bear on one outcome: no raw counts, only released figures.</summary>
/// <param name="StaffRound">Title of the closed staff round whose report the items come from, or null when none has closed.</param>
/// <param name="WorkshopVotes">Votes the outcome got at the feedback workshop, or null when it was added after it.</param>
/// <param name="Families">Null when no users and carers questionnaire has closed with enough returns to report.</param>
/// <param name="Quotations">Approved interview quotations the report shows for this outcome.</param>
public sealed record EvidenceInput(string? StaffRound, IReadOnlyList<StaffItemFigure> StaffItems, int? WorkshopVotes, bool Contested,
    string? Questionnaire, FamiliesFigure? Families, IReadOnlyList<string> Quotations);

public enum EvidenceKind { StaffSurvey, Workshop, FamiliesImportance, FamiliesDelivery, Quotation }

public sealed record EvidenceItem(EvidenceKind Kind, string Text);

/// <param name="Gap">"No evidence yet for …" when POET holds nothing for this link, else null.</param>
public sealed record LinkSummary(ChainLink Link, string Heading, string Story, IReadOnlyList<EvidenceItem> Evidence, string? Gap);

public sealed record ContributionSummary(string Outcome, IReadOnlyList<LinkSummary> Links, string Assumptions, string Risks, string OtherInfluences,
    IReadOnlyList<string> Gaps);

/// <summary>
/// Composes a contribution story (Mayne's steps 2 to 4: the expected chain, its assumptions and risks, other influences,
/// and the evidence for each link). Which evidence attaches where is this one rule:
/// - what the partnership does: the staff survey statements the partnership chose (staff see it working that way);
/// - what changes: approved interview quotations about the outcome (people's own account of what changed);
/// - the outcome: families' delivery answers (it happens), with their importance answers and the workshop votes as
///   why it is the right outcome to aim at.
/// A link has a gap when nothing shown supports it; a hidden figure (under 5) is not evidence, and importance or votes
/// alone do not show that an outcome happens.
/// </summary>
public static class ContributionAnalysis
{
    public const string ActivitiesHeading = "What the partnership does";
    public const string ChangesHeading = "What changes as a result";
    public const string OutcomeHeading = "The outcome";

    public static ContributionSummary Compose(string outcome, ContributionStoryText story, EvidenceInput input)
    {
        var activities = ActivitiesEvidence(input).ToArray();
        var changes = input.Quotations.Select(q => new EvidenceItem(EvidenceKind.Quotation, $"Interview quotation: “{q}”")).ToArray();
        var outcomeEvidence = OutcomeEvidence(input).ToArray();
        var links = new[]
        {
            new LinkSummary(ChainLink.Activities, ActivitiesHeading, story.Activities.Trim(), activities,
                activities.Length == 0 ? ActivitiesGap(input) : null),
            new LinkSummary(ChainLink.Changes, ChangesHeading, story.Changes.Trim(), changes,
                changes.Length == 0 ? "No evidence yet for what changes: no approved interview quotation is about this outcome." : null),
            new LinkSummary(ChainLink.Outcome, OutcomeHeading, outcome.Trim(), outcomeEvidence,
                outcomeEvidence.Any(e => e.Kind == EvidenceKind.FamiliesDelivery) ? null : OutcomeGap(input)),
        };
        var gaps = new List<string>();
        if (story.Activities.Trim().Length == 0) gaps.Add("The partnership has not described what it does towards this outcome yet.");
        if (story.Changes.Trim().Length == 0) gaps.Add("The partnership has not described what changes as a result yet.");
        gaps.AddRange(links.Where(l => l.Gap is not null).Select(l => l.Gap!));
        if (story.Assumptions.Trim().Length == 0) gaps.Add("No assumptions recorded yet: what must hold for each link to lead to the next?");
        if (story.OtherInfluences.Trim().Length == 0) gaps.Add("No other influences recorded yet: what else could explain the outcome?");
        return new ContributionSummary(outcome.Trim(), links, story.Assumptions.Trim(), story.Risks.Trim(), story.OtherInfluences.Trim(), gaps);
    }

    private static IEnumerable<EvidenceItem> ActivitiesEvidence(EvidenceInput input)
    {
        foreach (var item in input.StaffItems)
            if (item.GaveAView >= Suppression.MinimumCellSize && item.AgreePercent is { } p)
                yield return new EvidenceItem(EvidenceKind.StaffSurvey,
                    $"Staff survey ({input.StaffRound}), statement {item.Number} “{item.Text}”: {Percent(p)} of {item.GaveAView} staff who gave a view agree.");
    }

    private static string ActivitiesGap(EvidenceInput input) => input.StaffRound is null
        ? "No evidence yet for what the partnership does: no staff survey round has closed."
        : input.StaffItems.Count == 0
            ? "No evidence yet for what the partnership does: choose the staff survey statements that show it."
            : $"No evidence yet for what the partnership does: fewer than {Suppression.MinimumCellSize} staff gave a view on the chosen statements, so their figures are not shown.";

    private static IEnumerable<EvidenceItem> OutcomeEvidence(EvidenceInput input)
    {
        if (input.Families is { } f)
        {
            if (f.AlwaysOrUsuallyPercent is { } d)
                yield return new EvidenceItem(EvidenceKind.FamiliesDelivery,
                    $"Families ({input.Questionnaire}): {Percent(d)} of {f.HappensKnown} who said how often say it always or usually happens.");
            if (f.VeryImportantPercent is { } i)
                yield return new EvidenceItem(EvidenceKind.FamiliesImportance,
                    $"Families ({input.Questionnaire}): {Percent(i)} of {f.ImportanceAnswered} who rated it say it is very important.");
        }
        if (input.WorkshopVotes is { } v)
            yield return new EvidenceItem(EvidenceKind.Workshop,
                $"Feedback workshop: {Wording.Count(v, "vote")} for this outcome{(input.Contested ? "; staff could not agree on it" : "")}.");
    }

    private static string OutcomeGap(EvidenceInput input) => input.Families is null
        ? "No evidence yet that the outcome happens: no users and carers questionnaire has closed with enough returns to report."
        : $"No evidence yet that the outcome happens: fewer than {Suppression.MinimumCellSize} families said how often it happens, so it is not shown.";

    private static string Percent(double p) => Math.Round(p, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
