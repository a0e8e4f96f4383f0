using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Data.National;
using Poet.Data.Outcomes;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Admin.National;

namespace Poet.Web.Pages.Rounds;

/// <summary>One standard statement: the round's own answers beside the pool of partnerships like it (null when withheld).</summary>
public sealed record BenchmarkItem(string Number, string Text, PooledItemRow Own, PooledItemRow? Pooled);

/// <summary>One outcome type: what the round's users and carers said beside the pool (null when the round or the pool has none).</summary>
public sealed record BenchmarkClass(string Label, OutcomeSum? Own, OutcomeSum? Pooled, Verdict Verdict);

/// <summary>
/// What sharing gives back: a shared round's own distributions beside the pooled distributions of the partnerships like
/// it (the characteristics the coordinator picks, matched on the codes the round was shared with). The pool is a cell the
/// host's dashboard could show, and it must hold at least 5 partnerships besides this one
/// (<see cref="CharacteristicRelease.Benchmark"/>). Never a rank or a position.
/// </summary>
[CoordinatorOnly]
public class BenchmarkModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public const string NotShared = "This round is not in the national dataset, so there is nothing to compare it with. Share it on the national dataset page first.";

    public SurveyRound Round { get; private set; } = null!;
    public string? Unavailable { get; private set; }
    public IReadOnlyList<string> Like { get; private set; } = [];
    public Verdict? Verdict { get; private set; }
    public int OwnResponses { get; private set; }
    public int PoolResponses { get; private set; }
    public IReadOnlyList<BenchmarkItem> Items { get; private set; } = [];
    public IReadOnlyList<BenchmarkClass> Classes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> OwnCodes { get; private set; } = new Dictionary<string, string>();

    public static IEnumerable<(string Id, string Label)> Characteristics => NationalQuery.CodeFields.Select(f => (f, NationalVocabularies.Current[f].Label));

    public string LikeQuery => string.Join('&', Like.Select(l => $"like={l}"));

    /// <summary>In words: which partnerships the round is set beside.</summary>
    public string PoolDescription => Like.Count == 0 ? "all partnerships that share"
        : "partnerships that share with the same " + string.Join(", ", Like.Select(l => $"{NationalVocabularies.Current[l].Label.ToLowerInvariant()} ({OwnCodes.GetValueOrDefault(l) switch { { Length: > 0 } c => NationalVocabularies.Current[l].LabelOf(c) ?? c, _ => "not stated" }})"));

    public async Task<IActionResult> OnGetAsync(int pid, int rid, [FromQuery(Name = "like")] string[]? like, CancellationToken ct)
    {
        await LoadAsync(pid, rid, Request.Query.ContainsKey("like") ? like : null, ct);
        return Page();
    }

    internal async Task LoadAsync(int pid, int rid, string[]? like, CancellationToken ct)
    {
        Round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == rid && r.PartnershipId == pid, ct);
        // No "like" at all: compare by type. The form always sends an empty "like", so ticking none means every partnership.
        like = like?.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct().ToArray();
        var known = (like ?? [NationalVocabularies.Type]).Where(l => NationalQuery.CodeFields.Contains(l)).ToArray();
        if (like is not null && known.Length != like.Length)
            ModelState.AddModelError("like", "Choose characteristics from the list");
        Like = NationalQuery.CodeFields.Where(known.Contains).ToArray();
        var own = await db.NationalRounds.AsNoTracking().Include(n => n.Items).Include(n => n.Outcomes)
            .SingleOrDefaultAsync(n => n.RoundId == rid && n.PartnershipId == pid && n.OptedIn, ct);
        if (own is null) { Unavailable = NotShared; return; }

        var shared = await NationalView.SharedAsync(db, cache, ct);
        var mine = shared.Rounds.Single(r => r.RoundId == rid);
        OwnCodes = Like.ToDictionary(l => l, l => mine.Member.Codes.GetValueOrDefault(l, ""));
        var filter = new PoolFilter(OwnCodes.ToDictionary(c => c.Key, c => c.Value));
        var staff = shared.Rounds.Select(r => r.Member).ToArray();
        var cell = filter.With(PoolFilter.VersionDimension, own.InstrumentVersion);
        Verdict = CharacteristicRelease.Benchmark(staff, cell, pid, NationalRelease.Cached(staff));
        OwnResponses = own.Usable;

        var bank = NationalView.BankItems(own.InstrumentVersion);
        IReadOnlyDictionary<string, PooledItemRow> pooled = new Dictionary<string, PooledItemRow>();
        if (Verdict.Shown)
        {
            var members = shared.Rounds.Where(r => cell.Matches(r.Member)).ToArray();
            PoolResponses = members.Sum(r => r.Usable);
            // "" codes are "not stated" in the pool but null in the database: the sums are read over the matching rounds' ids.
            var ids = members.Select(r => r.RoundId).ToArray();
            var sums = await db.NationalItems.AsNoTracking().Where(i => ids.Contains(i.RoundId)).GroupBy(i => i.ItemId)
                .Select(g => new { ItemId = g.Key, Rounds = g.Count(), C1 = g.Sum(i => i.C1), C2 = g.Sum(i => i.C2), C3 = g.Sum(i => i.C3), C4 = g.Sum(i => i.C4), C5 = g.Sum(i => i.C5), U = g.Sum(i => i.Unanswered) })
                .ToListAsync(ct);
            pooled = NationalView.Pool(sums.Select(s => new ItemSum(own.InstrumentVersion, "", s.ItemId, s.Rounds, s.C1, s.C2, s.C3, s.C4, s.C5, s.U)), members.Length, bank)
                .Rows.ToDictionary(r => r.ItemId);
        }
        Items = bank.Where(b => own.Items.Any(i => i.ItemId == b.Item.Id)).Select(b =>
        {
            var i = own.Items.Single(x => x.ItemId == b.Item.Id);
            return new BenchmarkItem(b.Number, b.Item.Text, new PooledItemRow(i.ItemId, b.Number, b.Item.Text, [i.C1, i.C2, i.C3, i.C4, i.C5], i.Unanswered),
                pooled.GetValueOrDefault(b.Item.Id));
        }).ToArray();

        var byId = shared.Rounds.ToDictionary(r => r.RoundId);
        var classes = new List<BenchmarkClass>();
        foreach (var t in OutcomeVocabularies.Current.Type)
        {
            var ownRated = own.Outcomes.Where(o => o.Type == t.Id && o.HasPhaseTwo).ToArray();
            var ratedPool = shared.TypeRounds.Where(c => c.Class == t.Id && c.Rated && byId.ContainsKey(c.RoundId))
                .Select(c => byId[c.RoundId].OutcomeMember(c.RatedAnswers)).ToArray();
            var verdict = CharacteristicRelease.Benchmark(ratedPool, filter, pid);
            OutcomeSum? pooledSum = null;
            if (verdict.Shown && ownRated.Length > 0)
            {
                var ids = ratedPool.Where(m => filter.Matches(m)).Select(m => m.Round).ToArray();
                var rows = await db.NationalOutcomes.AsNoTracking().Where(o => ids.Contains(o.RoundId) && o.Type == t.Id && o.HasPhaseTwo).ToListAsync(ct);
                pooledSum = Sum(t.Id, rows);
            }
            classes.Add(new BenchmarkClass(t.Label, ownRated.Length == 0 ? null : Sum(t.Id, ownRated), pooledSum, verdict));
        }
        Classes = classes;
    }

    private static OutcomeSum Sum(string type, IReadOnlyCollection<NationalOutcome> rows) => new(type, rows.Count,
        [rows.Sum(o => o.I1), rows.Sum(o => o.I2), rows.Sum(o => o.I3), rows.Sum(o => o.I4)],
        [rows.Sum(o => o.H1), rows.Sum(o => o.H2), rows.Sum(o => o.H3), rows.Sum(o => o.H4), rows.Sum(o => o.H5)]);

    public static string Distribution(PooledItemRow r) =>
        $"Agree {Poet.Web.Pages.Admin.National.IndexModel.Percent(r.AgreePercent)}, disagree {Poet.Web.Pages.Admin.National.IndexModel.Percent(r.DisagreePercent)}, don't know {Poet.Web.Pages.Admin.National.IndexModel.Percent(r.DontKnowPercent)}";

    public string Withheld => Verdict is { Reason: Poet.Analysis.National.Withheld.Dominated }
        ? "The pooled figures are not shown: one partnership supplies more than half of them, so they would mostly describe that partnership. Choose fewer characteristics."
        : "The pooled figures are not shown: fewer than 5 other partnerships like yours share rounds of this questionnaire version, or showing them would reveal such a group. Choose fewer characteristics.";

    public static string ClassWithheld(BenchmarkClass c) => c.Own is null
        ? "Your round has no users' and carers' ratings of this type of outcome."
        : "Not shown: fewer than 5 other partnerships like yours have ratings of this type, or one supplies more than half of them.";

    /// <summary>The same benchmark as a PDF.</summary>
    public PdfFile Pdf(string partnership)
    {
        var title = $"Benchmark: {Round.Title}";
        var pdf = new PdfLayout($"{partnership}: {title}");
        pdf.Paragraph(partnership, TextStyle.Subheading);
        pdf.Paragraph(title, TextStyle.Title);
        pdf.Paragraph($"Your round's answers beside those of {PoolDescription}. No partnership is named or ranked; the pool rests on at least 5 partnerships besides yours.");
        if (Verdict is { Shown: true } v)
            pdf.Paragraph($"Your round: {Poet.Analysis.Text.Wording.Count(OwnResponses, "usable response")}. Partnerships like yours: {Poet.Analysis.Text.Wording.Count(v.Partnerships, "partnership")}, {Poet.Analysis.Text.Wording.Count(PoolResponses, "usable response")}.");
        else pdf.Paragraph(Withheld);
        pdf.Heading("Staff survey statements");
        pdf.Table(["Statement", "Your round", "Partnerships like yours"], [3, 2, 2],
            Items.Select(i => (IReadOnlyList<string>)[$"{i.Number} {i.Text}", Distribution(i.Own), i.Pooled is { } p ? Distribution(p) : "Not shown"]), new TextStyle(8));
        pdf.Heading("What users and carers say about the agreed outcomes");
        pdf.Table(["Type of outcome", "Your round: matters / happens", "Partnerships like yours: matters / happens"], [2, 2.5, 2.5],
            Classes.Select(c => (IReadOnlyList<string>)[c.Label,
                c.Own is null ? "No ratings" : $"{Poet.Web.Pages.Admin.National.IndexModel.Percent(CharacteristicView.ImportantPercent(c.Own))} / {Poet.Web.Pages.Admin.National.IndexModel.Percent(CharacteristicView.HappensPercent(c.Own))}",
                c.Pooled is null ? ClassWithheld(c) : $"{Poet.Web.Pages.Admin.National.IndexModel.Percent(CharacteristicView.ImportantPercent(c.Pooled))} / {Poet.Web.Pages.Admin.National.IndexModel.Percent(CharacteristicView.HappensPercent(c.Pooled))}"]), new TextStyle(8));
        pdf.Heading("How these figures are made", TextStyle.Subheading);
        pdf.Paragraph("Agree and disagree are shares of those who gave a view; don't know is a share of all answers. Matters: quite or very important. Happens: usually or always, of those who knew. "
                      + "The pool is a group the host's national picture could show, checked by the same rule, with at least 5 partnerships besides yours.");
        return pdf.Finish($"{partnership} · {title}");
    }
}

/// <summary>The benchmark as a PDF, under the same rule as the page.</summary>
[CoordinatorOnly]
public class BenchmarkPdfModel(PoetDb db, IMemoryCache cache) : PageModel
{
    public string Unavailable { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int pid, int rid, [FromQuery(Name = "like")] string[]? like, CancellationToken ct)
    {
        var page = new BenchmarkModel(db, cache) { PageContext = PageContext };
        await page.LoadAsync(pid, rid, Request.Query.ContainsKey("like") ? like : null, ct);
        if (page.Unavailable is not null || !page.ModelState.IsValid)
        {
            Unavailable = page.Unavailable ?? "Choose characteristics from the list.";
            return Page();
        }
        var name = await db.Partnerships.Where(p => p.Id == pid).Select(p => p.Name).SingleAsync(ct);
        return File(page.Pdf(name).Bytes, "application/pdf", $"poet-benchmark-{rid}.pdf");
    }
}
