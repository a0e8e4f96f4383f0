using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.National;
using Poet.Data.Outcomes;
using Poet.Analysis.Text;
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
    public const string EnterWho = "Enter the name and role of the person who agreed for the partnership's board";
    public const string WhoTooLong = "The name and role must be 200 characters or fewer";
    public const string DateLabel = "Date the board agreed";
    public const string DateInFuture = "The date the board agreed must be today or in the past";

    public static string ConfirmTerms(int version) => $"Confirm that the board agreed to share under the data-sharing terms (version {version})";
    public static string TermsChanged(int version) =>
        $"The data-sharing terms changed while this page was open. Read version {version} below, and confirm that the board agreed to it";
    public static string ChooseCode(string label) => $"Select the {label.ToLowerInvariant()} (national pooling needs it)";
    public static string ChooseOutcomeType(string wording) => $"Select the type of outcome for \"{Short(wording)}\"";

    public static string NoStandardItems(string version) =>
        $"This round's questionnaire (instrument version \"{version}\") has no items from the standard question bank, so there is nothing to pool with other partnerships. Only standard items are shared, never local ones.";

    /// <summary>What the board agreed to when no host admin has written terms yet (stored as version 1 on the first share).</summary>
    public const string DefaultTerms =
        "The partnership shares the counts of answers to the standard statements of this round, its coded profile and its agreed outcomes with their classes and users' and carers' ratings. "
        + "The host uses them only for pooled national figures that rest on at least 5 partnerships, never names or ranks a partnership, and never shares comments or anything written by respondents. "
        + "The partnership may withdraw the round at any time; it then leaves every national view and every benchmark. Tables already downloaded cannot be recalled.";

    public SurveyRound Round { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public RoundAggregate? Aggregate { get; private set; }
    public bool OptedIn { get; private set; }
    public string? Blocked { get; private set; }
    public NationalRound? Stored { get; private set; }
    public (int Version, string Text) Terms { get; private set; }

    /// <summary>The confirmed codes, keyed by the characteristic's place in <see cref="CodeFields"/> so that errors list in page order.</summary>
    public Dictionary<int, string?> Codes { get; } = new();

    private string? Code(string field) => Codes.GetValueOrDefault(Array.IndexOf(CodeFields, field));
    /// <summary>The confirmed outcome types, keyed by the agreed outcome's order.</summary>
    public Dictionary<int, string?> OutcomeTypes { get; } = new();
    [BindProperty] public ConsentForm Consent { get; set; } = new();

    /// <summary>Per coded characteristic: the code to preselect and, when it came from the profile's text, that text.</summary>
    public Dictionary<string, (string? Code, string? SuggestedFrom)> CodeChoices { get; } = new();

    /// <summary>Per agreed outcome (by order): its type to preselect and whether POET suggested it from the wording.</summary>
    public Dictionary<int, (string? Type, bool Suggested)> OutcomeChoices { get; } = new();

    public sealed class ConsentForm
    {
        public string? By { get; set; }
        public DateParts Date { get; set; } = new();
        public int? Terms { get; set; }
        public int? TermsVersion { get; set; }
    }

    public static NationalVocabularies Vocabularies => NationalVocabularies.Current;

    public static readonly string[] CodeFields = [NationalVocabularies.Type, NationalVocabularies.Client, NationalVocabularies.Governance,
        NationalVocabularies.Region, NationalVocabularies.Depth, NationalVocabularies.Breadth];

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

    /// <summary>The consent as the preview and the audit log state it.</summary>
    public static string ConsentText(string by, DateOnly on, int version) =>
        $"Agreed for the partnership's board by {by} on {on.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, under the data-sharing terms version {version}";

    public string ItemText(string itemId) => NationalAggregate.BankText(Round.InstrumentVersion, itemId);

    public static string OutcomeClass(PooledOutcome o)
    {
        var v = OutcomeVocabularies.Current;
        return string.Join("; ", new[] { v.LabelOf(v.Focus, o.Focus), v.LabelOf(v.Type, o.Type), v.LabelOf(v.FrameworkHeadings, o.FrameworkHeading) }
            .Where(l => l is not null).DefaultIfEmpty("Not classified"));
    }

    public SelectField CodeSelect(string field)
    {
        var (code, from) = CodeChoices.GetValueOrDefault(field);
        var d = Vocabularies[field];
        var hint = from is null ? null : $"Suggested from the profile: \"{Short(from)}\". Check it before you share.";
        return new SelectField($"Codes[{Array.IndexOf(CodeFields, field)}]", d.Label, Code(field) ?? code, d.Terms.Select(t => (t.Id, t.Label)).ToArray(), "Choose", hint);
    }

    public SelectField OutcomeSelect(PooledOutcome o)
    {
        var (type, suggested) = OutcomeChoices.GetValueOrDefault(o.Order);
        return new SelectField($"OutcomeTypes[{o.Order}]", $"Type of outcome: {o.Wording}", OutcomeTypes.GetValueOrDefault(o.Order) ?? type,
            OutcomeVocabularies.Current.Type.Select(t => (t.Id, t.Label)).ToArray(), "Choose",
            suggested ? "Suggested by POET from the wording. Check it before you share." : null);
    }

    private static string Label(string dimension, string? code) => Vocabularies[dimension].LabelOf(code) ?? "Not stated";

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>The terms a board agrees to now: the host admin's latest version, or the default as version 1.</summary>
    public static async Task<(int Version, string Text)> CurrentTermsAsync(PoetDb db, CancellationToken ct = default)
    {
        var latest = await db.SharingTerms.AsNoTracking().OrderByDescending(t => t.Version).Select(t => new { t.Version, t.Text }).FirstOrDefaultAsync(ct);
        return latest is null ? (1, DefaultTerms) : (latest.Version, latest.Text);
    }

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
        // Read by hand: a dictionary bound from the form would also take unrelated fields as keys.
        for (var i = 0; i < CodeFields.Length; i++) Codes[i] = Request.Form[$"Codes[{i}]"].FirstOrDefault();
        foreach (var o in Aggregate!.Outcomes) OutcomeTypes[o.Order] = Request.Form[$"OutcomeTypes[{o.Order}]"].FirstOrDefault();
        var (by, on) = Validate();
        if (!ModelState.IsValid) return Page();
        // The coordinator confirmed the codes: they become the profile's, and the outcome types the agreed outcomes', before
        // the counts are built, so that what is pooled is what they confirmed.
        var p = await db.Partnerships.SingleAsync(x => x.Id == pid);
        (p.TypeCode, p.ClientGroupCode, p.GovernanceCode, p.RegionCode, p.DepthCode, p.BreadthCode) = (Code(NationalVocabularies.Type),
            Code(NationalVocabularies.Client), Code(NationalVocabularies.Governance), Code(NationalVocabularies.Region),
            Code(NationalVocabularies.Depth), Code(NationalVocabularies.Breadth));
        if (await LatestListAsync(pid, rid, tracked: true) is { } list)
            foreach (var item in list.Items.Where(i => !i.IsContested && OutcomeTypes.ContainsKey(i.Order)))
                item.NationalType = OutcomeTypes[item.Order];
        if (!await db.SharingTerms.AnyAsync())
            db.SharingTerms.Add(new SharingTerms { Version = 1, Text = DefaultTerms, CreatedUtc = db.UtcNow, CreatedBy = "POET default" });
        await db.SaveChangesAsync();
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

        (stored.TypeCode, stored.ClientGroupCode, stored.GovernanceCode, stored.RegionCode, stored.DepthCode, stored.BreadthCode, stored.Frames) =
            (p.TypeCode, p.ClientGroupCode, p.GovernanceCode, p.RegionCode, p.DepthCode, p.BreadthCode, p.Frames);
        stored.OptedIn = true;
        stored.OptedInUtc = db.UtcNow;
        stored.ConsentBy = by;
        stored.ConsentAgreedOn = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        stored.ConsentTermsVersion = Terms.Version;
        stored.ConsentRecordedBy = User.Identity?.Name ?? "";
        db.Record(User, pid, "national.opted-in", $"Round {rid}: {Round.Title}. {ConsentText(by, on, Terms.Version)}.");
        await db.SaveChangesAsync();
        this.Notify("This round is now in the national dataset.");
        return Redirect(RoundLinks.National(pid, rid));
    }

    /// <summary>Checks the consent and the codes; adds every problem to the model state, in page order.</summary>
    private (string By, DateOnly On) Validate()
    {
        for (var i = 0; i < CodeFields.Length; i++)
        {
            var code = Codes.GetValueOrDefault(i)?.Trim();
            if (string.IsNullOrEmpty(code) || !Vocabularies[CodeFields[i]].IsCode(code)) ModelState.AddModelError($"Codes[{i}]", ChooseCode(Vocabularies[CodeFields[i]].Label));
            else Codes[i] = code;
        }
        foreach (var o in Aggregate!.Outcomes)
        {
            var type = OutcomeTypes.GetValueOrDefault(o.Order)?.Trim();
            if (string.IsNullOrEmpty(type) || OutcomeVocabularies.Current.LabelOf(OutcomeVocabularies.Current.Type, type) is null)
                ModelState.AddModelError($"OutcomeTypes[{o.Order}]", ChooseOutcomeType(o.Wording));
            else OutcomeTypes[o.Order] = type;
        }
        var by = (Consent.By ?? "").Trim();
        if (by.Length == 0) ModelState.AddModelError("Consent.By", EnterWho);
        else if (by.Length > 200) ModelState.AddModelError("Consent.By", WhoTooLong);
        var (date, error) = Consent.Date.Read(DateLabel);
        if (error is not null) ModelState.AddModelError("Consent.Date", error);
        else if (date > DateOnly.FromDateTime(db.UtcNow)) ModelState.AddModelError("Consent.Date", DateInFuture);
        if (Consent.TermsVersion is { } seen && seen != Terms.Version) ModelState.AddModelError("Consent.Terms", TermsChanged(Terms.Version));
        else if (Consent.Terms != Terms.Version) ModelState.AddModelError("Consent.Terms", ConfirmTerms(Terms.Version));
        return (by, date ?? default);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int pid, int rid)
    {
        await LoadAsync(pid, rid);
        var stored = await db.NationalRounds.SingleOrDefaultAsync(n => n.RoundId == rid && n.PartnershipId == pid);
        if (stored is not { OptedIn: true }) return Fail(NotIn);
        stored.OptedIn = false;
        stored.OptedInUtc = null;
        // A new share needs the board's consent again; the audit log keeps what was agreed.
        (stored.ConsentBy, stored.ConsentAgreedOn, stored.ConsentTermsVersion, stored.ConsentRecordedBy) = (null, null, null, null);
        db.Record(User, pid, "national.opted-out", $"Round {rid}: {Round.Title}");
        await db.SaveChangesAsync();
        this.Notify("This round has been withdrawn. It will not appear in any national view or benchmark from now on.");
        return Redirect(RoundLinks.National(pid, rid));
    }

    private IActionResult Fail(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private Task<AgreedList?> LatestListAsync(int pid, int rid, bool tracked)
    {
        var lists = tracked ? db.AgreedLists : db.AgreedLists.AsNoTracking();
        return lists.Include(l => l.Items).Where(l => l.RoundId == rid && l.PartnershipId == pid).OrderByDescending(l => l.Version).FirstOrDefaultAsync();
    }

    private async Task LoadAsync(int pid, int rid)
    {
        var ct = HttpContext.RequestAborted;
        Round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == rid && r.PartnershipId == pid, ct);
        Partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == pid, ct);
        Stored = await db.NationalRounds.AsNoTracking().SingleOrDefaultAsync(n => n.RoundId == rid && n.PartnershipId == pid, ct);
        OptedIn = Stored is { OptedIn: true };
        Terms = await CurrentTermsAsync(db, ct);
        if (Round.Status != RoundStatus.Closed) { Blocked = NotClosed; return; }
        Aggregate = await NationalAggregate.BuildAsync(db, rid, ct);
        if (Aggregate.Items.Count == 0) Blocked = NoStandardItems(Round.InstrumentVersion);
        else if (Aggregate.Usable < Suppression.MinimumCellSize) Blocked = TooFew;
        Suggest(await db.PartnerOrganisations.CountAsync(o => o.PartnershipId == pid, ct));
    }

    /// <summary>Preselects each code: the profile's own code, else a suggestion from the profile's text; each outcome's type likewise.</summary>
    private void Suggest(int partners)
    {
        var p = Partnership;
        var texts = new Dictionary<string, (string? Code, string Text)>
        {
            [NationalVocabularies.Type] = (p.TypeCode, p.PartnershipType),
            [NationalVocabularies.Client] = (p.ClientGroupCode, p.ClientGroup),
            [NationalVocabularies.Governance] = (p.GovernanceCode, p.Governance),
            [NationalVocabularies.Region] = (p.RegionCode, p.Area),
            [NationalVocabularies.Depth] = (p.DepthCode, p.DepthBreadthNotes),
            [NationalVocabularies.Breadth] = (p.BreadthCode, p.DepthBreadthNotes),
        };
        foreach (var (field, (code, text)) in texts)
        {
            if (code is not null) { CodeChoices[field] = (code, null); continue; }
            var terms = Vocabularies[field].Terms.Select(t => new CodeTerm(t.Id, t.Label, t.Cues ?? [])).ToArray();
            if (CodeSuggestions.Suggest(text, terms) is { } suggested) CodeChoices[field] = (suggested, text);
            else if (field == NationalVocabularies.Breadth && CodeSuggestions.Breadth(partners) is { } fromCount)
                CodeChoices[field] = (fromCount, Wording.Count(partners, "partner organisation") + " on the profile");
        }
        foreach (var o in Aggregate?.Outcomes ?? [])
            OutcomeChoices[o.Order] = o.Type is not null ? (o.Type, false) : (CodeSuggestions.OutcomeType(o.Wording), CodeSuggestions.OutcomeType(o.Wording) is not null);
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
