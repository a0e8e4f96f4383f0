using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Web.Pages.Outcomes;

namespace Poet.Web.Pages.QStudies;

/// <summary>A statement the facilitator can take into a Q-set; <see cref="Key"/> is what its checkbox posts.</summary>
public sealed record SourceOption(string Key, string Text, string Source);

public sealed record SourceGroup(string Id, string Heading, IReadOnlyList<SourceOption> Options);

/// <summary>
/// The partnership's statements a Q-set can be taken from: the current agreed outcome list (the latest version of
/// the most recently agreed round, as Pages/Outcomes/Partnership shows it), then each round's candidate outcomes and
/// its staff and hand-added outcome statements, newest round first. Staff statements go to participants, so names,
/// emails and phone numbers are masked as in the reports.
/// </summary>
public static class QStatementSources
{
    public const int MaxSourceLength = 300;

    public static async Task<IReadOnlyList<SourceGroup>> LoadAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        var groups = new List<SourceGroup>();
        var rounds = await db.Rounds.Where(r => r.PartnershipId == pid).OrderByDescending(r => r.OpensOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Title }).ToListAsync(ct);
        var agreed = await db.AgreedLists.Include(l => l.Items).Where(l => l.PartnershipId == pid)
            .OrderByDescending(l => l.CreatedUtc).ThenByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        if (agreed is not null && agreed.Items.Count > 0)
        {
            var label = $"{rounds.FirstOrDefault(r => r.Id == agreed.RoundId)?.Title}, version {agreed.Version}";
            groups.Add(new SourceGroup("agreed", $"The current agreed outcomes ({label})",
                agreed.Items.OrderBy(i => i.Order).Select(i => new SourceOption($"agreed-{i.Id}", Flat(i.Wording), Cut($"Agreed outcome: {label}"))).ToArray()));
        }
        var redactor = await QStudyAnalysis.RedactorAsync(db, pid, ct);
        foreach (var round in rounds)
        {
            var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == round.Id).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct);
            if (candidates.Count > 0)
                groups.Add(new SourceGroup($"candidates-{round.Id}", $"Candidate outcomes: {round.Title}",
                    candidates.Select(c => new SourceOption($"candidate-{c.Id}", Flat(c.Wording), Cut($"Candidate outcome: {round.Title}"))).ToArray()));
            var statements = await RoundStatements.LoadAsync(db, round.Id);
            if (statements.Count > 0)
                groups.Add(new SourceGroup($"statements-{round.Id}", $"Outcome statements: {round.Title}",
                    statements.Select(s => new SourceOption($"statement-{s.Id:N}", Flat(redactor.Mask(s.Outcome)),
                        Cut($"Outcome statement ({RoundStatements.SourceLabel(s.Source)}): {round.Title}"))).ToArray()));
        }
        return groups;
    }

    /// <summary>One line: the Q-set is edited one statement per line.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string text) => text.Length <= MaxSourceLength ? text : text[..MaxSourceLength];
}
