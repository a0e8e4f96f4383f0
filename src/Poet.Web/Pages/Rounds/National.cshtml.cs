using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.National;
using Poet.Data.Outcomes;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

/// <summary>
/// Opting a closed round in to (or out of) the national dataset. The page shows exactly what would be pooled:
/// the coded profile and the round's counts, built by the same function that stores them.
/// </summary>
[CoordinatorOnly]
public class NationalModel(PoetDb db) : PageModel
{
    public const string NotClosed = "Only a closed round can be shared. Close the round first: its answers can still change while it is open.";
    public const string AlreadyIn = "This round is already in the national dataset. Nothing has changed.";
    public const string NotIn = "This round is not in the national dataset, so there is nothing to withdraw.";
    public const string TooFew = "This round has fewer than 5 usable responses, so it cannot be shared: with so few, answers could be traced to the people who gave them.";

    public static string NoStandardItems(string version) =>
        $"This round's questionnaire (instrument version \"{version}\") has no items from the standard question bank, so there is nothing to pool with other partnerships. Only standard items are shared, never local ones.";

    public SurveyRound Round { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public RoundAggregate? Aggregate { get; private set; }
    public bool OptedIn { get; private set; }
    public string? Blocked { get; private set; }

    public static NationalVocabularies Vocabularies => NationalVocabularies.Current;

    public IReadOnlyList<(string Label, string Value)> ProfileCodes =>
    [
        (Vocabularies[NationalVocabularies.Type].Label, Label(NationalVocabularies.Type, Partnership.TypeCode)),
        (Vocabularies[NationalVocabularies.Client].Label, Label(NationalVocabularies.Client, Partnership.ClientGroupCode)),
        (Vocabularies[NationalVocabularies.Governance].Label, Label(NationalVocabularies.Governance, Partnership.GovernanceCode)),
        ("Frames", NationalFrames.Describe(Partnership.Frames)),
        (Vocabularies[NationalVocabularies.Depth].Label, Label(NationalVocabularies.Depth, Partnership.DepthCode)),
        (Vocabularies[NationalVocabularies.Breadth].Label, Label(NationalVocabularies.Breadth, Partnership.BreadthCode)),
        (Vocabularies[NationalVocabularies.Region].Label, Label(NationalVocabularies.Region, Partnership.RegionCode)),
        ("Year", Round.ClosesOn.Year.ToString()),
    ];

    public string ItemText(string itemId) => NationalAggregate.BankText(Round.InstrumentVersion, itemId);

    public static string OutcomeClass(PooledOutcome o)
    {
        var v = OutcomeVocabularies.Current;
        return string.Join("; ", new[] { v.LabelOf(v.Focus, o.Focus), v.LabelOf(v.Type, o.Type), v.LabelOf(v.FrameworkHeadings, o.FrameworkHeading) }
            .Where(l => l is not null).DefaultIfEmpty("Not classified"));
    }

    private static string Label(string dimension, string? code) => Vocabularies[dimension].LabelOf(code) ?? "Not stated";

    public async Task<IActionResult> OnGetAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (Blocked is not null && !OptedIn) ModelState.AddModelError("", Blocked);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        if (OptedIn) return Fail(AlreadyIn);
        if (Blocked is not null) return Fail(Blocked);
        try
        {
            await NationalAggregate.RefreshAsync(db, rid, HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {   // Another request (a double click) stored the round a moment ago.
            return Fail(AlreadyIn);
        }
        var stored = await db.NationalRounds.SingleAsync(n => n.RoundId == rid);
        if (stored.OptedIn) return Fail(AlreadyIn);
        var p = Partnership;
        (stored.TypeCode, stored.ClientGroupCode, stored.GovernanceCode, stored.RegionCode, stored.DepthCode, stored.BreadthCode, stored.Frames) =
            (p.TypeCode, p.ClientGroupCode, p.GovernanceCode, p.RegionCode, p.DepthCode, p.BreadthCode, p.Frames);
        stored.OptedIn = true;
        stored.OptedInUtc = DateTime.UtcNow;
        db.Record(User, pid, "national.opted-in", $"Round {rid}: {Round.Title}");
        await db.SaveChangesAsync();
        this.Notify("This round is now in the national dataset.");
        return Redirect(RoundLinks.National(pid, rid));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        var stored = await db.NationalRounds.SingleOrDefaultAsync(n => n.RoundId == rid && n.PartnershipId == pid);
        if (stored is not { OptedIn: true }) return Fail(NotIn);
        stored.OptedIn = false;
        stored.OptedInUtc = null;
        db.Record(User, pid, "national.opted-out", $"Round {rid}: {Round.Title}");
        await db.SaveChangesAsync();
        this.Notify("This round has been withdrawn. It will not appear in any national view from now on.");
        return Redirect(RoundLinks.National(pid, rid));
    }

    private IActionResult Fail(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task LoadAsync(int pid, int rid)
    {
        Round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == rid && r.PartnershipId == pid);
        Partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == pid);
        OptedIn = await db.NationalRounds.AnyAsync(n => n.RoundId == rid && n.PartnershipId == pid && n.OptedIn);
        if (Round.Status != RoundStatus.Closed) { Blocked = NotClosed; return; }
        Aggregate = await NationalAggregate.BuildAsync(db, rid, HttpContext.RequestAborted);
        if (Aggregate.Items.Count == 0) Blocked = NoStandardItems(Round.InstrumentVersion);
        else if (Aggregate.Usable < Suppression.MinimumCellSize) Blocked = TooFew;
    }
}

/// <summary>Frames as shared nationally: flags, each one filterable on its own.</summary>
public static class NationalFrames
{
    public static readonly (Frames Frame, string Id, string Label)[] All =
    [
        (Frames.Structural, "structural", "Structural"), (Frames.SocialChallenges, "social-challenges", "Social challenges"),
        (Frames.HighPerformance, "high-performance", "High performance"), (Frames.ThirdWay, "third-way", "Third Way"),
    ];

    public static string Describe(Frames frames) =>
        All.Where(f => frames.HasFlag(f.Frame)).Select(f => f.Label).DefaultIfEmpty("None stated").Aggregate((a, b) => $"{a}, {b}");
}
