using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Disclosure;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

public sealed record ChoiceCount(string Text, int Count, bool StaffRatedSerious = false);

public sealed record StatementResult(string Text, IReadOnlyList<(string Label, int Count)> Counts, int Answered);

public sealed record SheetCount(string Outcome, int MostImportant, int DoesNotMatter);

public sealed record ReportQuote(string Text, string? Outcome);

/// <summary>Everything the phase-two report shows, computed from submitted returns and consenting interviews.</summary>
public sealed record UcReport(
    string Title, IReadOnlyList<MethodCount> Methods, PhaseTwoResult Analysis, IReadOnlyList<ChoiceCount> Services,
    IReadOnlyList<ChoiceCount> Barriers, IReadOnlyList<ChoiceCount> SeriousToStaffNotFamilies, IReadOnlyList<StatementResult> Statements,
    int Interviews, int Declined, IReadOnlyList<SheetCount> Sheet, IReadOnlyList<MissingGroup> Missing, IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<string> AnythingElse)
{
    public static Task<UcReport?> LoadAsync(PoetDb db, int pid, CancellationToken ct = default) => LoadAsync(db, pid, null, ct);

    public static async Task<UcReport?> LoadAsync(PoetDb db, int pid, IMemoryCache? cache, CancellationToken ct = default)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid, ct);
        if (q is null) return null;
        var fields = new PostalFields(q.Items);
        var outcomes = fields.Outcomes;
        var position = outcomes.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var (returns, chosen, agreement) = await ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, ct);
        var analysis = PhaseTwoAnalysis.Analyse(outcomes.Select(o => o.Text).ToArray(), returns, outcomes.Select(o => (double?)o.StaffSupport).ToArray());

        var services = fields.Services.Select(s => new ChoiceCount(s.Text, chosen.GetValueOrDefault(s.Id))).ToArray();
        var barriers = fields.Barriers.Select(b => new ChoiceCount(b.Text, chosen.GetValueOrDefault(b.Id), b.StaffRatedSerious))
            .OrderByDescending(b => b.Count).ToArray();
        // "Did not rank as important": in the lower half of barriers by how many families chose them (the middle one of an odd number included).
        var lowerHalf = barriers.Skip(barriers.Length / 2).Select(b => b.Text).ToHashSet();
        var seriousNotFamilies = barriers.Where(b => b.StaffRatedSerious && (lowerHalf.Contains(b.Text) || b.Count == 0)).ToArray();
        var statements = fields.Statements.Select(s =>
        {
            var counts = agreement.GetValueOrDefault(s.Id) ?? new int[5];
            return new StatementResult(s.Text, UcOptions.Agreement.Select(a => (a.Label, counts[a.Code - 1])).ToArray(), counts.Sum());
        }).ToArray();

        var interviews = await db.UcInterviews.AsNoTracking().Where(i => i.QuestionnaireId == q.Id).Include(i => i.Marks).Include(i => i.Quotes).ToListAsync(ct);
        var consenting = interviews.Where(i => i.Consent).ToList();
        var redactor = await InterviewRedactor.LoadAsync(db, pid, ct);
        var sheet = consenting.Count >= Suppression.MinimumCellSize
            ? outcomes.OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).Select(o => new SheetCount(o.Text,
                consenting.Count(i => i.Marks.Any(m => m.ItemId == o.Id && m.Mark == UcSheetMark.MostImportant)),
                consenting.Count(i => i.Marks.Any(m => m.ItemId == o.Id && m.Mark == UcSheetMark.DoesNotMatter)))).ToArray()
            : [];
        var missing = await MissingOutcomes.LoadAsync(db, q.Id, consenting.Select(i => i.Missing), redactor, includeReturns: analysis.EnoughToReport, ct);
        var text = outcomes.ToDictionary(o => o.Id, o => o.Text);
        // Like staff comments: shown only once there are enough returns, and never when the coordinator hid them.
        var anythingElse = analysis.EnoughToReport
            ? (await AnythingElseAnswers.LoadAsync(db, q.Id, redactor, withHidden: false, ct)).Select(a => a.Text.Shown).ToArray()
            : [];
        var quotes = consenting.SelectMany(i => i.Quotes).Where(x => x.Approved).OrderBy(x => x.Id)
            .Select(x => new ReportQuote(redactor.Mask(x.Text), x.ItemId is { } id ? text.GetValueOrDefault(id) : null)).ToArray();

        return new UcReport(q.Title, await MethodCounts.LoadAsync(db, q.Id, ct), analysis, services, barriers, seriousNotFamilies, statements,
            consenting.Count, interviews.Count - consenting.Count, sheet, missing, quotes, anythingElse);
    }

    /// <summary>Someone helping a person to answer gives that person's answers, so they count with service users.</summary>
    public static RespondentGroup GroupOf(UcRespondentType? type) => type switch
    {
        UcRespondentType.ServiceUser or UcRespondentType.Helper => RespondentGroup.Users,
        UcRespondentType.CarerOrFamily => RespondentGroup.Carers,
        _ => RespondentGroup.NotStated,
    };
}
