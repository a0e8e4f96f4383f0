using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Outcomes;

/// <summary>A statement as the workspace shows it: survey or hand-added, with the respondent's partner and profession for counts only.</summary>
public sealed record StatementRow(Guid Id, StatementSource Source, string SourceDetail, string Outcome, string Rationale);

/// <summary>How many statements support a candidate, by partner and by profession, with small groups hidden.</summary>
/// <summary>
/// How many statements support a candidate. Not by partner or profession: a facilitator can regroup statements at
/// will, and two groupings that differ by one statement would give away its author's partner and profession
/// (the differencing attack of issue 13), whatever each table hid on its own.
/// </summary>
public sealed record Support(int Statements, int FromSurvey);

/// <summary>Every statement of a round: submitted survey outcomes plus hand-added ones. Raw text only; never edited.</summary>
public static class RoundStatements
{
    public const int MaxOutcomeLength = 1000;
    public const int MaxRationaleLength = 2000;
    public const int MaxWordingLength = 200;

    public static async Task<List<StatementRow>> LoadAsync(PoetDb db, int rid)
    {
        var survey = await (from o in db.OutcomeStatements
                            join r in db.Responses on o.ResponseId equals r.Id
                            where r.RoundId == rid && r.IsSubmitted
                            select new StatementRow(o.Id, StatementSource.Survey, "", o.Outcome, o.Rationale))
            .ToListAsync();
        var hand = await db.HandStatements.Where(h => h.RoundId == rid)
            .Select(h => new StatementRow(h.Id, h.Source, h.SourceDetail, h.Outcome, h.Rationale)).ToListAsync();
        // Alphabetical, so the order says nothing about who answered when and grouping is repeatable.
        return survey.Where(s => s.Outcome.Trim().Length > 0)
            .OrderBy(s => s.Outcome, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)
            .Concat(hand.OrderBy(h => h.Outcome, StringComparer.OrdinalIgnoreCase).ThenBy(h => h.Id))
            .ToList();
    }

    public static Support SupportOf(IEnumerable<StatementRow> rows)
    {
        var list = rows.ToList();
        return new Support(list.Count, list.Count(r => r.Source == StatementSource.Survey));
    }

    public static string SourceLabel(StatementSource source) => source switch
    {
        StatementSource.Survey => "Staff survey",
        StatementSource.Interview => "Stakeholder interview",
        StatementSource.Document => "Document",
        _ => "Workshop",
    };
}

/// <summary>URLs of the outcomes workspace, so pages and tests do not build them by hand.</summary>
public static class OutcomeLinks
{
    public static string Workspace(int pid, int rid) => $"/partnerships/{pid}/rounds/{rid}/outcomes";
    public static string Statements(int pid, int rid) => $"{Workspace(pid, rid)}/statements";
    public static string AddStatement(int pid, int rid) => $"{Workspace(pid, rid)}/statements/add";
    public static string Classify(int pid, int rid, Guid sid) => $"{Workspace(pid, rid)}/statements/{sid}/classify";
    public static string Propose(int pid, int rid) => $"{Workspace(pid, rid)}/propose";
    public static string Candidate(int pid, int rid, int cid) => $"{Workspace(pid, rid)}/candidates/{cid}";
    public static string Finalise(int pid, int rid) => $"{Workspace(pid, rid)}/finalise";
    public static string Agreed(int pid, int rid) => $"{Workspace(pid, rid)}/agreed";
    public static string Partnership(int pid) => $"/partnerships/{pid}/outcomes";
    public static string Workshop(int pid, int rid) => $"/partnerships/{pid}/rounds/{rid}/workshop";
    public static string Screen(int pid, int rid) => $"{Workshop(pid, rid)}/screen";
    public static string Contributions(int pid, int rid) => $"{Workshop(pid, rid)}/contributions";
    public static string Proposal(int pid, int rid, int id) => $"{Workshop(pid, rid)}/contributions/{id}";
}
