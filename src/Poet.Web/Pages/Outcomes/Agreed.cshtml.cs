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
        if (await ContentAsync(db, pid, rid, version) is not { } content) return NotFound();
        var pdf = make(content);
        db.Record(User, pid, "outcomes.pdf-downloaded", $"{name} version {content.Version}");
        await db.SaveChangesAsync();
        return File(pdf.Bytes, "application/pdf", $"outcomes-{name}-v{content.Version}.pdf");
    }

    /// <summary>What the printouts of a version (the latest if none) show, with the workshop record; null if there is no such version.</summary>
    public static async Task<OutcomeDocuments.Content?> ContentAsync(PoetDb db, int pid, int rid, int? version)
    {
        var list = await db.AgreedLists.Include(l => l.Items).ThenInclude(i => i.Sources)
            .Where(l => l.RoundId == rid && l.PartnershipId == pid && (version == null || l.Version == version))
            .OrderByDescending(l => l.Version).FirstOrDefaultAsync();
        if (list is null) return null;
        var names = await db.Rounds.Where(r => r.Id == rid).Select(r => new { r.Title, Partnership = r.Partnership!.Name }).SingleAsync();
        var statements = (await RoundStatements.LoadAsync(db, rid)).ToDictionary(s => s.Id);
        var items = list.Items.OrderBy(i => i.Order).Select((i, n) => new OutcomeDocuments.Item(n + 1, i.Wording, i.IsContested,
            FinaliseModel.Lines(i.CompetingWordings), i.Votes,
            i.Sources.Where(s => statements.ContainsKey(s.StatementId)).Select(s => statements[s.StatementId])
                .Select(s => new OutcomeDocuments.Source(RoundStatements.SourceLabel(s.Source), s.Outcome, s.Rationale)).ToList())
        { AddedAfterWorkshop = i.AddedAfterWorkshop }).ToList();
        return new(names.Partnership, names.Title, list.Version, DateOnly.FromDateTime(list.CreatedUtc), list.Reason, items)
        {
            Workshop = await WorkshopAsync(db, rid, list.Items.Select(i => i.CandidateId).OfType<int>().ToHashSet()),
        };
    }

    private static async Task<OutcomeDocuments.WorkshopRecord?> WorkshopAsync(PoetDb db, int rid, HashSet<int> agreed)
    {
        if (!await db.Workshops.AnyAsync(w => w.RoundId == rid)) return null;
        var record = await Workshop.WorkshopRecord.LoadAsync(db, rid);
        var votes = await db.WorkshopVotes.Where(v => db.Workshops.Any(w => w.Id == v.WorkshopId && w.RoundId == rid))
            .GroupBy(v => v.CandidateId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Wording }).ToListAsync();
        var wording = candidates.ToDictionary(c => c.Id, c => c.Wording);
        var comments = record.Contributions.Where(c => c.Kind != ContributionKind.MissingOutcome)
            .OrderBy(c => c.CandidateId is { } id && wording.ContainsKey(id) ? candidates.FindIndex(x => x.Id == id) : int.MaxValue)
            .Select(c => new OutcomeDocuments.Comment(c.CandidateId is { } id && wording.TryGetValue(id, out var w) ? w : "An outcome no longer on the list",
                Workshop.WorkshopRecord.KindLabel(c.Kind), c.Text, c.Group)).ToList();
        var dots = await (from v in db.WorkshopVotes join p in db.WorkshopParticipants on v.ParticipantId equals p.Id
                          where db.Workshops.Any(w => w.Id == v.WorkshopId && w.RoundId == rid)
                          select new { v.CandidateId, p.GroupNumber, v.ParticipantId }).ToListAsync();
        var (cells, byGroup) = Poet.Analysis.Workshops.WorkshopGroups.Tally(dots.Select(v => (v.CandidateId, v.GroupNumber, v.ParticipantId)).ToList());
        var ratings = await Workshop.AssumptionData.ForRecordAsync(db, rid);
        return new(record.Participants, record.Groups, votes.Values.Sum(),
            candidates.Where(c => !agreed.Contains(c.Id)).Select(c => new OutcomeDocuments.Excluded(c.Wording, votes.GetValueOrDefault(c.Id))).ToList(),
            record.Proposals.Select(p => new OutcomeDocuments.Proposal(p.Text, p.Group, Workshop.WorkshopRecord.DecisionLabel(p))).ToList(),
            comments)
        {
            Ratings = ratings?.ToRecord(),
            GroupCells = cells.Select(c => c.Label).ToList(),
            VotesByGroup = cells.Count == 0 ? [] : candidates.Where(c => votes.ContainsKey(c.Id)).OrderByDescending(c => votes[c.Id])
                .Select(c => (c.Wording, (IReadOnlyList<int>)[votes[c.Id], .. byGroup.GetValueOrDefault(c.Id) ?? new int[cells.Count]])).ToList(),
        };
    }
}
