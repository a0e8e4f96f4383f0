using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Outcomes;

/// <summary>A version of the round's agreed list (the latest unless asked), in order or alphabetically, with its history and printouts.</summary>
[Authorize]
public class AgreedModel(PoetDb db) : RoundPage
{
    public AgreedList? List { get; private set; }
    public List<AgreedList> Versions { get; private set; } = [];
    public bool Alphabetical { get; private set; }

    public async Task<IActionResult> OnGetAsync(int pid, int rid, int? version, string? order)
    {
        Alphabetical = order == "alphabetical";
        Versions = await db.AgreedLists.Where(l => l.RoundId == rid && l.PartnershipId == pid).OrderByDescending(l => l.Version).ToListAsync();
        if (Versions.Count == 0) return Page();
        var chosen = version is null ? Versions[0] : Versions.FirstOrDefault(v => v.Version == version);
        if (chosen is null) return NotFound();
        List = await db.AgreedLists.Include(l => l.Items).ThenInclude(i => i.Sources).SingleAsync(l => l.Id == chosen.Id);
        return Page();
    }

    public Task<IActionResult> OnGetListAsync(int pid, int rid, int? version) => PdfAsync(pid, rid, version, "agreed-list", OutcomeDocuments.AgreedList);
    public Task<IActionResult> OnGetResultsAsync(int pid, int rid, int? version) => PdfAsync(pid, rid, version, "voting-results", OutcomeDocuments.VotingResults);
    public Task<IActionResult> OnGetProvenanceAsync(int pid, int rid, int? version) => PdfAsync(pid, rid, version, "provenance", OutcomeDocuments.Provenance);

    public IEnumerable<AgreedOutcome> Items => List is null ? [] : Alphabetical
        ? List.Items.OrderBy(i => i.Wording, StringComparer.OrdinalIgnoreCase)
        : List.Items.OrderBy(i => i.Order);

    private async Task<IActionResult> PdfAsync(int pid, int rid, int? version, string name, Func<OutcomeDocuments.Content, PdfFile> make)
    {
        var list = await db.AgreedLists.Include(l => l.Items).ThenInclude(i => i.Sources)
            .Where(l => l.RoundId == rid && l.PartnershipId == pid && (version == null || l.Version == version))
            .OrderByDescending(l => l.Version).FirstOrDefaultAsync();
        if (list is null) return NotFound();
        var names = await db.Rounds.Where(r => r.Id == rid).Select(r => new { r.Title, Partnership = r.Partnership!.Name }).SingleAsync();
        var statements = (await RoundStatements.LoadAsync(db, rid)).ToDictionary(s => s.Id);
        var items = list.Items.OrderBy(i => i.Order).Select((i, n) => new OutcomeDocuments.Item(n + 1, i.Wording, i.IsContested,
            FinaliseModel.Lines(i.CompetingWordings), i.Votes,
            i.Sources.Where(s => statements.ContainsKey(s.StatementId)).Select(s => statements[s.StatementId])
                .Select(s => new OutcomeDocuments.Source(RoundStatements.SourceLabel(s.Source), s.Outcome, s.Rationale)).ToList())).ToList();
        var pdf = make(new(names.Partnership, names.Title, list.Version, DateOnly.FromDateTime(list.CreatedUtc), list.Reason, items));
        db.Record(User, pid, "outcomes.pdf-downloaded", $"{name} version {list.Version}");
        await db.SaveChangesAsync();
        return File(pdf.Bytes, "application/pdf", $"outcomes-{name}-v{list.Version}.pdf");
    }
}
