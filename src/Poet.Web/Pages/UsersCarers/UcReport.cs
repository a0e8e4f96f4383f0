using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Text;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

public sealed record ChoiceCount(string Text, int Count, bool StaffRatedSerious = false);

public sealed record StatementResult(string Text, IReadOnlyList<(string Label, int Count)> Counts, int Answered);

public sealed record SheetCount(string Outcome, int MostImportant, int DoesNotMatter);

public sealed record ReportQuote(string Text, string? Outcome);

/// <summary>
/// Everything the phase-two report shows. Every count of returns and interviews comes from <see cref="Release"/>, the
/// questionnaire's one disclosure-controlled release (<see cref="UcReleases.Build"/>), computed once per load from the
/// submitted returns and the interviews; free text (quotes, missing outcomes, "anything else") keeps its own moderation.
/// </summary>
/// <param name="Interviews">Interviews recorded with consent, null when hidden.</param>
/// <param name="Declined">People who declined an interview, null when hidden.</param>
public sealed record UcReport(
    string Title, UcRelease Release, IReadOnlyList<MethodCount> Methods, PhaseTwoResult Analysis, IReadOnlyList<ChoiceCount> Services,
    IReadOnlyList<ChoiceCount> Barriers, IReadOnlyList<ChoiceCount> SeriousToStaffNotFamilies, IReadOnlyList<StatementResult> Statements,
    int? Interviews, int? Declined, IReadOnlyList<SheetCount> Sheet, IReadOnlyList<MissingGroup> Missing, IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<string> AnythingElse, bool IsOpen = false)
{
    /// <summary>
    /// While the questionnaire is open only how many have answered is shown, as for a staff round (issue 13): two reports
    /// either side of one return would otherwise differ by exactly that return's answers.
    /// </summary>
    public const string InterimNote = "The questionnaire is still open, so only the number of returns so far is shown. The report appears when it closes: comparing two reports made before and after someone answers could show what that person said.";

    /// <summary>Shown for every hidden count of returns or interviews.</summary>
    public const string Hidden = "Hidden";

    /// <summary>Returns by who answered, as released (service users, carers and family, did not say).</summary>
    public IReadOnlyList<ReleasedCount> Groups => Release.Groups;

    /// <summary>Said under any table with a hidden count.</summary>
    public const string HiddenNote = "Counts of fewer than 5 are hidden to protect the people who answered, and so is the next smallest count where it would let a hidden one be worked out.";

    public static string Count(int? n) => n?.ToString() ?? Hidden;

    /// <summary>"7 interviews recorded with consent; 2 people declined", saying "Hidden" for any count the release hides.</summary>
    public string InterviewLine => (Interviews is { } n ? $"{Wording.Count(n, "interview")} recorded with consent" : $"Interviews recorded with consent: {Hidden}")
        + Declined switch { 0 => "", { } d => $"; {Wording.Count(d, "person", "people")} declined", null => $"; people who declined an interview: {Hidden}" } + ".";

    public static Task<UcReport?> LoadAsync(PoetDb db, int pid, CancellationToken ct = default) => LoadAsync(db, pid, null, ct);

    public static async Task<UcReport?> LoadAsync(PoetDb db, int pid, IMemoryCache? cache, CancellationToken ct = default)
    {
        var q = await db.UcQuestionnaires.AsNoTracking().Include(x => x.Items).SingleOrDefaultAsync(x => x.PartnershipId == pid, ct);
        if (q is null) return null;
        var fields = new PostalFields(q.Items);
        var outcomes = fields.Outcomes;
        var position = outcomes.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var (returns, returnMethods, chosen, agreement) = await ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, ct);

        var interviews = await db.UcInterviews.AsNoTracking().Where(i => i.QuestionnaireId == q.Id).Include(i => i.Marks).Include(i => i.Quotes).ToListAsync(ct);
        var consenting = interviews.Where(i => i.Consent).ToList();
        var choices = fields.Services.Concat(fields.Barriers).ToArray();
        var sheetOrder = outcomes.OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToArray();
        var release = UcReleases.Build(new UcReleaseInput(
            MethodCounts.Order.Select(MethodCounts.Name).ToArray(), outcomes.Select(o => o.Text).ToArray(),
            returns.Select((r, i) => new UcReleaseReturn(Array.IndexOf(MethodCounts.Order, returnMethods[i]), r)).ToArray(),
            consenting.Count, interviews.Count - consenting.Count,
            outcomes.Select(o => (double?)o.StaffSupport).ToArray(),
            choices.Select(c => chosen.GetValueOrDefault(c.Id)).ToArray(),
            fields.Statements.Select(s => (IReadOnlyList<int>)(agreement.GetValueOrDefault(s.Id) ?? new int[5])).ToArray(),
            sheetOrder.Select(o => new UcSheetCount(
                consenting.Count(i => i.Marks.Any(m => m.ItemId == o.Id && m.Mark == UcSheetMark.MostImportant)),
                consenting.Count(i => i.Marks.Any(m => m.ItemId == o.Id && m.Mark == UcSheetMark.DoesNotMatter)))).ToArray()));
        var analysis = release.Analysis;

        // Chosen counts exist only once enough returns are in; before that nothing is said about what families named.
        var count = choices.Select((c, i) => (c.Id, N: release.Chosen?[i] ?? 0)).ToDictionary(x => x.Id, x => x.N);
        var services = fields.Services.Select(s => new ChoiceCount(s.Text, count[s.Id])).ToArray();
        var barriers = fields.Barriers.Select(b => new ChoiceCount(b.Text, count[b.Id], b.StaffRatedSerious))
            .OrderByDescending(b => b.Count).ToArray();
        // "Did not rank as important": in the lower half of barriers by how many families chose them (the middle one of an odd number included).
        var lowerHalf = barriers.Skip(barriers.Length / 2).Select(b => b.Text).ToHashSet();
        var seriousNotFamilies = release.Chosen is null ? []
            : barriers.Where(b => b.StaffRatedSerious && (lowerHalf.Contains(b.Text) || b.Count == 0)).ToArray();
        var statements = fields.Statements.Select((s, k) => release.Statements[k] is { } counts
            ? new StatementResult(s.Text, UcOptions.Agreement.Select(a => (a.Label, counts[a.Code - 1])).ToArray(), counts.Sum())
            : new StatementResult(s.Text, [], 0)).ToArray();

        var redactor = await InterviewRedactor.LoadAsync(db, pid, ct);
        var sheet = release.Sheet is { } marks
            ? sheetOrder.Select((o, i) => new SheetCount(o.Text, marks[i].MostImportant, marks[i].DoesNotMatter)).ToArray()
            : [];
        var missing = await MissingOutcomes.LoadAsync(db, q.Id, consenting.Select(i => i.Missing), redactor, includeReturns: analysis.EnoughToReport, ct);
        var text = outcomes.ToDictionary(o => o.Id, o => o.Text);
        // Like staff comments: shown only once there are enough returns, and never when the coordinator hid them.
        var anythingElse = analysis.EnoughToReport
            ? (await AnythingElseAnswers.LoadAsync(db, q.Id, redactor, withHidden: false, ct)).Select(a => a.Text.Shown).ToArray()
            : [];
        var quotes = consenting.SelectMany(i => i.Quotes).Where(x => x.Approved).OrderBy(x => x.Id)
            .Select(x => new ReportQuote(redactor.Mask(x.Text), x.ItemId is { } id ? text.GetValueOrDefault(id) : null)).ToArray();

        return new UcReport(q.Title, release, await MethodCounts.LoadAsync(db, q.Id, release, ct), analysis, services, barriers, seriousNotFamilies, statements,
            release.InterviewsConsented, release.InterviewsDeclined, sheet, missing, quotes, anythingElse, q.Status != UcStatus.Closed);
    }

    /// <summary>Someone helping a person to answer gives that person's answers, so they count with service users.</summary>
    public static RespondentGroup GroupOf(UcRespondentType? type) => type switch
    {
        UcRespondentType.ServiceUser or UcRespondentType.Helper => RespondentGroup.Users,
        UcRespondentType.CarerOrFamily => RespondentGroup.Carers,
        _ => RespondentGroup.NotStated,
    };
}
