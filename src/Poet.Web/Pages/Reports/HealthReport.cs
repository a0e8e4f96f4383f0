using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Change;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Reports;

/// <summary>Who the report is built for: the partnership team, the coordinator moderating, or staff through the published link.</summary>
public enum ReportView { Team, Moderation, Public }

public sealed record ReportItem(int RoundItemId, string ItemId, string Number, int Section, string Text, ItemSummary Summary, ItemClassification Classification);

public sealed record ReportSection(int Number, string Title, IReadOnlyList<ReportItem> Items);

public sealed record Breakdown(string Title, string GroupHeading, SuppressedTable Table);

public sealed record GroupDivergence(string Dimension, ReportItem Item, DivergentItem Gap);

/// <summary>Where a piece of free text came from; never rendered as it stands (response ids stay on the server).</summary>
public sealed record TextRef(ModeratedKind Kind, Guid? ResponseId, int? RoundItemId, Guid? OutcomeId);

public sealed record ReportComment(TextRef Ref, string Original, string Shown, bool Hidden, bool Replaced);

public sealed record ItemComments(ReportItem Item, IReadOnlyList<ReportComment> Comments);

public sealed record ReportOutcome(TextRef Ref, string OriginalOutcome, string OriginalRationale, string Outcome, string Rationale, bool Hidden, bool Replaced);

public sealed record ItemChange(ReportItem Item, ChangeResult Result);

/// <summary>
/// Change since the partnership's previous closed round; <c>Note</c> says why there is nothing to compare when Items is
/// empty, and <c>ThresholdsNote</c> says when the previous round sorted celebration and development by other thresholds.
/// </summary>
public sealed record ChangeSection(string? PreviousTitle, int PreviousUsable, IReadOnlyList<ItemChange> Items, string? Note, string? ThresholdsNote = null);

/// <summary>
/// The health-of-the-partnership report for one round, as plain data for the HTML page, the Word document and
/// the published link. Only usable responses count; breakdowns are suppressed; free text is masked and moderated.
/// </summary>
public sealed record HealthReport(
    int PartnershipId, string PartnershipName, int RoundId, string RoundTitle, RoundStatus Status, string InstrumentVersion,
    DateOnly OpensOn, DateOnly ClosesOn, ReportView View,
    SurveyReturns Returns, Breakdown ByPartner, Breakdown ByProfession, bool EnoughToReport,
    IReadOnlyList<ReportItem> Celebrations, IReadOnlyList<ReportItem> Developments, IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<GroupDivergence> Divergences, IReadOnlyList<ItemComments> Comments, IReadOnlyList<ReportOutcome> Outcomes,
    ChangeSection Change, CelebrationDevelopmentRules Rules)
{
    public const string PartnerUnstated = ReleaseInput.DefaultPartnerUnstated;
    public const string ProfessionUnstated = ReleaseInput.DefaultProfessionUnstated;
    /// <summary>The breakdown row of respondents who skipped the question.</summary>
    public const string NotAnswered = ReleaseInput.DefaultNotAnswered;

    /// <summary>What the interim report says instead of results.</summary>
    public const string InterimCountsOnly = "While the survey is open, this interim report shows only how many people have answered. " +
        "Results, breakdowns and comments appear when the survey closes: comparing two reports made a few answers apart could show what one person said.";

    public bool IsInterim => Status == RoundStatus.Open;

    /// <summary>A section's title in the round's own item bank (banks carry their own titles); a section the bank lacks is numbered.</summary>
    public static string SectionTitle(string instrumentVersion, int number) =>
        Poet.Data.Instrument.ItemBank.ForRound(instrumentVersion).Sections.FirstOrDefault(s => s.Number == number)?.Title ?? $"Section {number}";

    /// <summary>
    /// Loads and analyses a round of partnership <paramref name="pid"/>; null when the round is not the partnership's.
    /// With a <paramref name="cache"/>, a closed round's answers are read once per <see cref="SurveyRound.AnswersVersion"/> (<see cref="RoundAnswers"/>).
    /// </summary>
    public static async Task<HealthReport?> LoadAsync(PoetDb db, int pid, int rid, ReportView view, IMemoryCache? cache = null, CancellationToken ct = default)
    {
        var round = await db.Rounds.AsNoTracking().Where(r => r.Id == rid && r.PartnershipId == pid)
            .Select(r => new
            {
                r.Id, r.Title, r.Status, r.AnswersVersion, r.InstrumentVersion, r.OpensOn, r.ClosesOn, Partnership = r.Partnership!.Name,
                r.CelebrationMinAgreePercent, r.CelebrationMaxDisagreePercent, r.DevelopmentMinDisagreePercent, r.DevelopmentDontKnowAbovePercent,
            })
            .SingleOrDefaultAsync(ct);
        if (round is null) return null;
        var rules = RoundThresholds.Rules(round.CelebrationMinAgreePercent, round.CelebrationMaxDisagreePercent, round.DevelopmentMinDisagreePercent, round.DevelopmentDontKnowAbovePercent);
        var items = await ItemsAsync(db, rid, ct);
        var roster = await db.Invitations.AsNoTracking().Where(i => i.RoundId == rid).Select(i => i.Name).ToListAsync(ct);
        var answers = await RoundAnswers.LoadAsync(db, cache, rid, round.Status, round.AnswersVersion, items.Select(i => i.Id).ToArray(), ct);
        var tally = answers.Tally;
        var release = await RoundReleaseData.LoadAsync(db, pid, rid, tally, ct);

        var returns = new SurveyReturns(Math.Max(roster.Count, tally.Submitted), tally.Submitted, tally.Usable);
        var byPartner = new Breakdown("Who responded, by employing partner", "Employing partner", release.UsableByPartner());
        var byProfession = new Breakdown("Who responded, by professional group", "Professional group", release.UsableByProfession());

        // While the round is open nothing but counts is shown: comparing two views a submission apart would show what that person said.
        var enough = release.Release.EnoughToReport && round.Status != RoundStatus.Open;
        var reportItems = items.Select((it, i) =>
        {
            var summary = OrdinalSummary.Summarise(tally.Overall.For(i));
            return new ReportItem(it.Id, it.ItemId, it.Number, it.Section, it.Text, summary, Classification.Classify(it.ItemId, summary, rules));
        }).ToArray();
        var classification = new RoundClassification(pid.ToString(), rid.ToString(), reportItems.Select(i => i.Classification).ToArray());
        var byItemId = reportItems.ToDictionary(i => i.ItemId);

        IReadOnlyList<ItemComments> comments = [];
        IReadOnlyList<ReportOutcome> outcomes = [];
        if (enough)
        {
            var redactor = new Redactor(roster);
            var moderation = await db.ModeratedTexts.AsNoTracking().Where(m => m.RoundId == rid).ToListAsync(ct);
            comments = ModeratedComments(tally, reportItems, redactor, moderation, view);
            outcomes = ModeratedOutcomes(answers.Statements, redactor, moderation, view);
        }
        var change = enough ? await ChangeAsync(db, cache, pid, rid, round.ClosesOn, reportItems, rules, ct) : new ChangeSection(null, 0, [], null);

        return new HealthReport(pid, round.Partnership, rid, round.Title, round.Status, round.InstrumentVersion, round.OpensOn, round.ClosesOn, view,
            returns, byPartner, byProfession, enough,
            enough ? Classification.RankCelebrations(classification).Select(c => byItemId[c.ItemId]).ToArray() : [],
            enough ? Classification.RankDevelopments(classification).Select(c => byItemId[c.ItemId]).ToArray() : [],
            enough ? reportItems.GroupBy(i => i.Section).Select(g => new ReportSection(g.Key, SectionTitle(round.InstrumentVersion, g.Key), g.ToArray())).ToArray() : [],
            enough ? FindDivergences(reportItems, release, tally) : [],
            comments, outcomes, change, rules);
    }

    internal sealed record ItemRow(int Id, string ItemId, int Section, string Text, string Number);

    /// <summary>The round's statements in questionnaire order, numbered "section.position".</summary>
    internal static async Task<IReadOnlyList<ItemRow>> ItemsAsync(PoetDb db, int rid, CancellationToken ct)
    {
        var rows = await db.RoundItems.AsNoTracking().Where(i => i.RoundId == rid)
            .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.ItemId, i.Section, i.Text }).ToListAsync(ct);
        return rows.GroupBy(r => r.Section)
            .SelectMany(g => g.Select((r, n) => new ItemRow(r.Id, r.ItemId, r.Section, r.Text, $"{g.Key}.{n + 1}")))
            .ToArray();
    }

    /// <summary>Divergence between the groups the release shows (never "Unsure or other" or "Not answered", never a hidden group).</summary>
    private static IReadOnlyList<GroupDivergence> FindDivergences(ReportItem[] items, RoundReleaseData release, RoundTally tally)
    {
        var byId = items.ToDictionary(i => i.ItemId);
        IEnumerable<GroupDivergence> Find(string dimension, IEnumerable<(string Name, GroupTally? Tally)> shown)
        {
            var input = shown.Where(g => g.Tally is not null)
                .Select(g => new GroupItems(g.Name, items.Select((it, i) => new ItemDistribution(it.ItemId, g.Tally!.For(i))).ToArray()))
                .ToArray();
            return Divergence.Find(input).Select(d => new GroupDivergence(dimension, byId[d.ItemId], d));
        }
        var partners = release.Release.Partners.Where(p => p.Usable is > 0 && p.Index >= 0)
            .Select(p => (p.Name, tally.ByPartner.GetValueOrDefault(release.PartnerId(p)!.Value)));
        var professions = release.Release.Professions.Where(p => p.Usable is > 0 && p.Index >= 0)
            .Select(p => (p.Name, tally.ByProfession.GetValueOrDefault(release.ProfessionId(p)!.Value)));
        return Find("Employing partner", partners).Concat(Find("Professional group", professions)).ToArray();
    }

    private static IReadOnlyList<ItemComments> ModeratedComments(RoundTally tally, ReportItem[] items, Redactor redactor, List<ModeratedText> moderation, ReportView view)
    {
        var decisions = moderation.Where(m => m.Kind == ModeratedKind.Comment && m.ResponseId is not null && m.RoundItemId is not null)
            .ToDictionary(m => (m.ResponseId!.Value, m.RoundItemId!.Value));
        var byItem = tally.Comments.ToLookup(c => c.RoundItemId);
        return items.Select(item => new ItemComments(item, byItem[item.RoundItemId]
                .Select(c =>
                {
                    var v = TextModeration.View(c.Text, decisions.GetValueOrDefault((c.ResponseId, c.RoundItemId)), redactor);
                    return new ReportComment(new TextRef(ModeratedKind.Comment, c.ResponseId, c.RoundItemId, null), v.Original, v.Shown, v.Hidden, v.Replaced);
                })
                .Where(c => view == ReportView.Moderation || !c.Hidden)
                // Sorted by text so the order says nothing about who wrote what, and one person's comments do not line up across items.
                .OrderBy(c => c.Shown, StringComparer.OrdinalIgnoreCase).ToArray()))
            .Where(i => i.Comments.Count > 0).ToArray();
    }

    private static IReadOnlyList<ReportOutcome> ModeratedOutcomes(IReadOnlyList<StatementRow> statements, Redactor redactor, List<ModeratedText> moderation, ReportView view)
    {
        var decisions = moderation.Where(m => m.Kind == ModeratedKind.Outcome && m.OutcomeStatementId is not null).ToDictionary(m => m.OutcomeStatementId!.Value);
        return statements.Where(s => (s.Outcome.Trim().Length > 0 || s.Rationale.Trim().Length > 0))
            .Select(s =>
            {
                var d = decisions.GetValueOrDefault(s.Id);
                var outcome = redactor.Mask(s.Outcome.Trim());
                var rationale = redactor.Mask(s.Rationale.Trim());
                var replaced = d is not null && (d.ReplacementText is { Length: > 0 } || d.ReplacementRationale is { Length: > 0 });
                return new ReportOutcome(new TextRef(ModeratedKind.Outcome, null, null, s.Id), outcome, rationale,
                    d?.ReplacementText is { Length: > 0 } o ? redactor.Mask(o) : outcome,
                    d?.ReplacementRationale is { Length: > 0 } r ? redactor.Mask(r) : rationale,
                    d?.Hidden == true, replaced);
            })
            .Where(o => view == ReportView.Moderation || !o.Hidden)
            .OrderBy(o => o.Outcome, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Rationale, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Why some of this round's statements are missing from the change table.</summary>
    public static string UnmatchedNote(int unmatched, string previousTitle) =>
        $"{Poet.Analysis.Text.Wording.Count(unmatched, "statement")} of this round {Poet.Analysis.Text.Wording.HasHave(unmatched)} no matching statement in \"{previousTitle}\" (written for this round's setting, or new), so only the statements both rounds asked are compared.";

    private static async Task<ChangeSection> ChangeAsync(PoetDb db, IMemoryCache? cache, int pid, int rid, DateOnly closesOn, ReportItem[] items,
        CelebrationDevelopmentRules rules, CancellationToken ct)
    {
        var previous = await db.Rounds.AsNoTracking()
            .Where(r => r.PartnershipId == pid && r.Id != rid && r.Status == RoundStatus.Closed && r.ClosesOn < closesOn)
            .OrderByDescending(r => r.ClosesOn).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Title, r.AnswersVersion,
                r.CelebrationMinAgreePercent, r.CelebrationMaxDisagreePercent, r.DevelopmentMinDisagreePercent, r.DevelopmentDontKnowAbovePercent,
            }).FirstOrDefaultAsync(ct);
        if (previous is null)
            return new ChangeSection(null, 0, [], "This is the partnership's first closed round, so there is nothing earlier to compare with.");
        var earlierItems = await ItemsAsync(db, previous.Id, ct);
        var earlier = (await RoundAnswers.LoadAsync(db, cache, previous.Id, RoundStatus.Closed, previous.AnswersVersion, earlierItems.Select(i => i.Id).ToArray(), ct)).Tally;
        if (earlier.Usable < Suppression.MinimumCellSize)
            return new ChangeSection(previous.Title, earlier.Usable, [], $"The previous round had fewer than {Suppression.MinimumCellSize} usable responses, so it is not compared.");
        var position = earlierItems.Select((it, i) => (it.ItemId, i)).ToDictionary(x => x.ItemId, x => x.i);
        var changes = items.Where(i => position.ContainsKey(i.ItemId))
            .Select(i => new ItemChange(i, ChangeOverTime.Compare(earlier.Overall.For(position[i.ItemId]), new Distribution(i.Summary.Options.Select(o => o.Count).ToArray(), i.Summary.Missing))))
            .ToArray();
        var earlierRules = RoundThresholds.Rules(previous.CelebrationMinAgreePercent, previous.CelebrationMaxDisagreePercent,
            previous.DevelopmentMinDisagreePercent, previous.DevelopmentDontKnowAbovePercent);
        // Like with like: a statement is compared only when both rounds asked it (the same id: ItemBank's mapping rule).
        var unmatched = items.Count(i => !position.ContainsKey(i.ItemId));
        return new ChangeSection(previous.Title, earlier.Usable, changes,
            changes.Length == 0 ? "The previous round asked none of the same statements, so nothing can be compared."
            : unmatched > 0 ? UnmatchedNote(unmatched, previous.Title) : null,
            changes.Length == 0 ? null : rules.DescribeDifferenceFrom(earlierRules, previous.Title));
    }
}
