using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Contribution;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Outcomes;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Contribution;

public sealed record StaffItemChoice(string ItemId, string Number, string Text);

public sealed record OutcomeStory(AgreedOutcome Outcome, ContributionStory? Story, ContributionSummary Summary);

/// <summary>
/// The partnership's contribution stories, one per outcome on its current agreed list, each composed with the evidence
/// POET already publishes (<see cref="ContributionAnalysis.Compose"/>): the latest closed staff round's report
/// (<see cref="HealthReport"/>, protected by the round release) and the users and carers report (<see cref="UcReport"/>,
/// protected by its release). Nothing here reads raw answers.
/// </summary>
public sealed record ContributionData(int Pid, string PartnershipName, string? StaffRound, IReadOnlyList<StaffItemChoice> StaffItems, IReadOnlyList<OutcomeStory> Outcomes)
{
    public const string Title = "Contribution analysis";

    public static string Index(int pid) => $"/partnerships/{pid}/contribution";
    public static string Page(int pid, int outcomeId) => $"/partnerships/{pid}/contribution/{outcomeId}";
    public static string Edit(int pid, int outcomeId) => $"/partnerships/{pid}/contribution/{outcomeId}/edit";
    public static string Download(int pid, string format) => $"/partnerships/{pid}/contribution.{format}";

    public static string Key(string wording) => wording.Trim();

    public static IReadOnlyList<string> ItemIds(string? stored) =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<ContributionData> LoadAsync(PoetDb db, int pid, IMemoryCache? cache, CancellationToken ct = default)
    {
        var name = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync(ct);
        var list = await CurrentAgreedList.Of(db, pid).Include(l => l.Items).AsNoTracking().FirstOrDefaultAsync(ct);
        var stories = await db.ContributionStories.AsNoTracking().Where(s => s.PartnershipId == pid).ToListAsync(ct);

        // The same staff round the local report summarises: the latest closed one.
        var rid = await db.Rounds.Where(r => r.PartnershipId == pid && r.Status == RoundStatus.Closed)
            .OrderByDescending(r => r.ClosesOn).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var staff = rid is { } id ? await HealthReport.LoadAsync(db, pid, id, ReportView.Team, cache, ct) : null;
        var items = staff is { EnoughToReport: true } ? staff.Sections.SelectMany(s => s.Items).ToArray() : [];

        var uc = await UcReport.LoadAsync(db, pid, cache, ct);
        var families = uc is { IsOpen: false, Analysis.EnoughToReport: true } ? uc : null;

        var outcomes = (list?.Items ?? []).OrderBy(o => o.Order).Select(o =>
        {
            var key = Key(o.Wording);
            var story = stories.FirstOrDefault(s => string.Equals(s.Outcome, key, StringComparison.OrdinalIgnoreCase));
            var chosen = ItemIds(story?.StaffItems).ToHashSet();
            var figures = items.Where(i => chosen.Contains(i.ItemId))
                .Select(i => new StaffItemFigure(i.ItemId, i.Number, i.Text, i.Summary.Substantive, i.Summary.AgreePercent)).ToArray();
            var result = families?.Analysis.Outcomes.FirstOrDefault(r => string.Equals(r.Outcome.Trim(), key, StringComparison.OrdinalIgnoreCase));
            var figure = families is null ? null : new FamiliesFigure(
                result?.Importance.Answered ?? 0, result is { ImportanceShown: true } ? result.VeryImportantPercent : null,
                result?.HappensKnown ?? 0, result is null ? null : LocalReport.DeliveredPercent(result));
            var quotes = families?.Quotes.Where(q => q.Outcome is { } w && string.Equals(w.Trim(), key, StringComparison.OrdinalIgnoreCase)).Select(q => q.Text).ToArray() ?? [];
            var input = new EvidenceInput(staff is { EnoughToReport: true } ? staff.RoundTitle : null, figures,
                o.AddedAfterWorkshop ? null : o.Votes, o.IsContested, families?.Title, figure, quotes);
            var text = story is null ? ContributionStoryText.Empty : new ContributionStoryText(story.Activities, story.Changes, story.Assumptions, story.Risks, story.OtherInfluences);
            return new OutcomeStory(o, story, ContributionAnalysis.Compose(o.Wording, text, input));
        }).ToArray();
        return new ContributionData(pid, name, staff is { EnoughToReport: true } ? staff.RoundTitle : null,
            items.Select(i => new StaffItemChoice(i.ItemId, i.Number, i.Text)).ToArray(), outcomes);
    }
}
