using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.QMethod;
using Poet.Analysis.Text;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// A submitted sort as the analysis sees it: its name (the study code, or an imported sort's name), who made it (if they
/// said), why they put statements at the ends, the researcher's interview notes by statement number and the answers to
/// the study's own questions by question number.
/// </summary>
public sealed record SortInfo(string Name, QParticipantRole? Role, int? PartnerOrganisationId, IReadOnlyDictionary<int, string> Comments,
    QCommentConsent? Consent = null, Guid Id = default, IReadOnlyDictionary<int, string>? Notes = null, IReadOnlyDictionary<int, string>? Answers = null);

/// <summary>The researcher's interview note on one card of one sort, for the research team only.</summary>
public sealed record TeamNote(string Code, int Number, string Text, int? Column, string Note);

public sealed record RankedStatement(int Number, string Text, double ZScore, int? Column);

public sealed record DistinguishingStatement(int Number, string Text, IReadOnlyList<(double ZScore, int? Column)> ByFactor, string Significance);

/// <summary>A crib-sheet line: the statement, its column on this factor, and its column on each other factor with an array ("f2 −1").</summary>
public sealed record CribLine(int Number, string Text, int Column, string Elsewhere);

/// <summary>One factor's crib sheet for reading (<see cref="CribSheets"/>): its top column, higher and lower than every other factor, its bottom column.</summary>
public sealed record CribSheetView(IReadOnlyList<CribLine> Top, IReadOnlyList<CribLine> Higher, IReadOnlyList<CribLine> Lower, IReadOnlyList<CribLine> Bottom)
{
    public IEnumerable<(string Heading, IReadOnlyList<CribLine> Lines)> Lists(Grid grid) =>
    [
        ($"Ranked at {Grid.Label(grid.Values[^1])}", Top),
        ("Ranked higher than in every other factor", Higher),
        ("Ranked lower than in every other factor", Lower),
        ($"Ranked at {Grid.Label(grid.Values[0])}", Bottom),
    ];
}

public sealed record ExtremeComment(int Number, string Text, int Column, string Comment);

/// <summary>What one factor says: its array on the grid, its highest and lowest and distinguishing statements, who loads on it, and their reasons.</summary>
public sealed record FactorView(
    int Number,
    IReadOnlyList<(int Column, IReadOnlyList<(int Number, string Text)> Statements)> Array,
    IReadOnlyList<RankedStatement> Highest,
    IReadOnlyList<RankedStatement> Lowest,
    IReadOnlyList<DistinguishingStatement> Distinguishing,
    int Loading,
    SuppressedTable ByRole,
    SuppressedTable ByPartner,
    IReadOnlyList<ExtremeComment> Comments,
    IReadOnlyList<TeamComment> TeamComments,
    CribSheetView? Crib = null,
    IReadOnlyList<TeamNote>? TeamNotes = null);

/// <summary>A reason as the research team reads it: the sort's study code, the role given, and whether it may be quoted outside the team.</summary>
public sealed record TeamComment(string Code, string Role, bool MayQuote, int Number, string Text, int Column, string Comment);

/// <summary>
/// A study's submitted sorts run through <see cref="QAnalysis.Run"/> with the analyst's settings, and read for
/// people: the evidence for the number of factors and, per factor, what the report shows. Breakdowns of who loads
/// on a factor are suppressed under 5. Reasons follow <see cref="SortCommentRules"/>: the research team reads every
/// sort's reasons by study code (<see cref="TeamComments"/>); a report shared outside the team (<see cref="Shared"/>)
/// quotes per factor only the reasons participants agreed to share, without roles.
/// </summary>
public sealed class QStudyAnalysis
{
    public required QStudy Study { get; init; }
    public required Grid Grid { get; init; }
    public required IReadOnlyList<SortInfo> SortInfos { get; init; }
    public required IReadOnlyDictionary<int, string> PartnerNames { get; init; }
    public required AnalysisSettings Settings { get; init; }
    public QSortSet? Sorts { get; private init; }
    public QAnalysisResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public int Factors { get; private set; }
    public int MaxFactors { get; private set; }
    public IReadOnlyList<ScreePoint> Scree { get; private set; } = [];
    public IReadOnlyList<HumphreyTest> Humphrey { get; private set; } = [];
    public IReadOnlyList<FactorView> FactorViews { get; private set; } = [];
    public IReadOnlyList<DistinguishingStatement> Consensus { get; private set; } = [];

    /// <summary>Every submitted sort's reasons, keyed by study code, for the research team (analysis page and exports).</summary>
    public IReadOnlyList<TeamComment> TeamComments { get; private set; } = [];

    /// <summary>Every interview note, by study code then statement, for the research team (analysis page and exports); never in a shared report.</summary>
    public IReadOnlyList<TeamNote> TeamNotes { get; private set; } = [];

    /// <summary>The study's own questions, by number.</summary>
    public IReadOnlyList<QQuestion> Questions => Study.Questions;

    /// <summary>Whether this is rendered for a report shared outside the research team (quotes only, no codes or roles).</summary>
    public bool Shared { get; set; }
    public string Query => Settings.Query(Factors, Result?.Flags);

    public string StatementText(int index) => Study.Statements[index].Text;

    /// <summary>How the analysis was done, in words, for the report's method notes (HTML, PDF and Word).</summary>
    public IReadOnlyList<string> MethodNotes()
    {
        if (Sorts is null || Result is null) return [];
        var n = Sorts.StatementCount;
        var notes = new List<string>
        {
            $"{Sorts.SortCount} Q-sorts of {n} statements on a forced grid from {Grid.Label(Grid.Values[0])} to {Grid.Label(Grid.Values[^1])}, correlated with Pearson's r.",
            Settings.Extraction == ExtractionMethod.Centroid
                ? $"{Wording.Count(Factors, "factor")} extracted by Brown's (1980) centroid method, as qmethod 1.8.4's centroid()."
                : $"{Wording.Count(Factors, "factor")} extracted as principal components, as psych::principal in qmethod 1.8.4.",
            Settings.Rotation == RotationMethod.Varimax ? "Rotated by varimax (Kaiser normalisation), as R's stats::varimax." : "Not rotated by varimax.",
        };
        if (Settings.HandRotationNote.Length > 0)
            notes.Add($"Then rotated by hand, in this order: {string.Join("; ", Settings.HandRotations().Select(AnalysisSettings.Describe))}. Each turns the pair's loadings by the angle (L·R(θ)); a factor whose loadings then sum below zero is reflected.");
        notes.Add(Settings.Manual
            ? "Q-sorts were flagged by hand."
            : $"A Q-sort is flagged on a factor when its loading is significant (above 1.96 / \u221a{n} = {AnalysisModel.F(Flagging.Threshold(n))}, p < .05) and its square is larger than the sum of its other squared loadings (qmethod's qflag).");
        notes.Add("Statement z-scores weight each flagged sort by a / (1 \u2212 a\u00b2) for its loading a (Brown 1980); factor arrays place statements into the grid by z-score.");
        notes.Add("A statement is distinguishing when its z-scores differ from every other factor's by more than 1.96 standard errors of differences (p < .05), and consensus when no pair of factors differs so (qmethod's qdc).");
        notes.Add("Crib sheets (Watts and Stenner 2012) list, for each factor, the statements at the ends of its array and those it places in a higher or lower column than every other factor does.");
        notes.Add($"Groups under {Suppression.MinimumCellSize} are hidden in the breakdowns of who loads on a factor; reasons are quoted only where the participant agreed.");
        return notes;
    }

    /// <summary>
    /// The settings a page was asked for; a page opened with no settings at all (no factors=) shows the study's reported
    /// analysis, if one is marked (<see cref="QSavedAnalysis.IsReported"/>), so the report and its files use it.
    /// </summary>
    public static async Task<AnalysisSettings> SettingsAsync(PoetDb db, int pid, int sid, IQueryCollection query, CancellationToken ct = default)
    {
        if (query.ContainsKey("factors")) return AnalysisSettings.From(query);
        var reported = await db.QSavedAnalyses.Where(a => a.StudyId == sid && a.IsReported && db.QStudies.Any(s => s.Id == sid && s.PartnershipId == pid))
            .Select(a => a.Query).FirstOrDefaultAsync(ct);
        return reported is null ? AnalysisSettings.From(query) : AnalysisSettings.Parse(reported);
    }

    public static async Task<QStudyAnalysis?> LoadAsync(PoetDb db, int pid, int sid, AnalysisSettings settings, CancellationToken ct = default)
    {
        var study = await db.QStudies.AsNoTracking().Include(s => s.Statements.OrderBy(x => x.Number)).Include(s => s.Questions.OrderBy(q => q.Number))
            .AsSplitQuery().SingleOrDefaultAsync(s => s.Id == sid && s.PartnershipId == pid, ct);
        if (study is null) return null;
        await QSortCodes.BackfillAsync(db, sid, ct);
        var sorts = await db.QSorts.AsNoTracking().Include(s => s.Placements).Include(s => s.Answers).AsSplitQuery().Where(s => s.StudyId == sid && s.IsSubmitted).ToListAsync(ct);
        // Imported sorts keep their names, in name order; participants' sorts follow under their study codes, in code
        // order (random, so nothing follows the order in which people sorted).
        sorts = sorts.OrderBy(s => s.Name is null).ThenBy(s => s.Name ?? s.Code, StringComparer.Ordinal).ThenBy(s => s.Id).ToList();
        var names = new HashSet<string>(sorts.Select(s => s.Code ?? s.Name).OfType<string>());
        var number = 0;
        string NextName()
        {
            string name;
            do name = $"P{++number}"; while (!names.Add(name));
            return name;
        }
        var statementNumber = study.Statements.ToDictionary(s => s.Id, s => s.Number);
        var questionNumber = study.Questions.ToDictionary(q => q.Id, q => q.Number);
        var infos = sorts.Select(s => new SortInfo(s.Code ?? s.Name ?? NextName(), s.Role, s.PartnerOrganisationId,
            s.Placements.Where(p => p.Comment is { Length: > 0 }).ToDictionary(p => statementNumber[p.StatementId], p => p.Comment!), s.CommentConsent, s.Id,
            s.Placements.Where(p => p.Note is { Length: > 0 }).ToDictionary(p => statementNumber[p.StatementId], p => p.Note!),
            s.Answers.ToDictionary(a => questionNumber[a.QuestionId], a => a.Value))).ToList();
        var partners = await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Name).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        QSortSet? set = null;
        string? problem = null;
        if (sorts.Count < 2) problem = "The analysis needs at least 2 submitted Q-sorts.";
        else
        {
            var ids = study.Statements.Select(s => QStudyRules.StatementId(s.Number)).ToArray();
            var rankings = sorts.Select((s, q) => (infos[q].Name, (IReadOnlyList<int>)study.Statements
                .Select(st => s.Placements.FirstOrDefault(p => p.StatementId == st.Id)?.Column ?? int.MinValue).ToArray())).ToList();
            try { set = QSortSet.FromSorts(ids, rankings); }
            catch (Poet.Analysis.QMethod.QMethodInputException e) { problem = e.Message; }
        }
        var analysis = new QStudyAnalysis
        {
            Study = study, Grid = QStudyRules.GridOf(study), SortInfos = infos, PartnerNames = partners, Settings = settings, Sorts = set,
        };
        analysis.Problem = problem;
        var redactor = await RedactorAsync(db, pid, ct);
        var columns = sorts.Select(s => s.Placements.Where(p => p.Column is not null).ToDictionary(p => statementNumber[p.StatementId], p => p.Column!.Value)).ToArray();
        analysis.Reasons = infos.Select((info, q) => new SortComments(info.Name, info.Role is null ? null : QStudyRules.RoleName(info.Role),
            info.Consent == QCommentConsent.QuoteWithoutRole,
            info.Comments.Where(c => columns[q].ContainsKey(c.Key)).Select(c => new SortReason(c.Key, columns[q][c.Key], redactor.Mask(c.Value))).ToArray())).ToArray();
        analysis.TeamComments = analysis.Team(SortCommentRules.ForTeam(analysis.Reasons));
        analysis.AllNotes = infos.Select((info, q) => (IReadOnlyList<TeamNote>)(info.Notes ?? new Dictionary<int, string>()).OrderBy(n => n.Key)
            .Select(n => new TeamNote(info.Name, n.Key, analysis.StatementText(n.Key - 1), columns[q].TryGetValue(n.Key, out var c) ? c : null, redactor.Mask(n.Value))).ToArray()).ToArray();
        analysis.TeamNotes = analysis.AllNotes.SelectMany(n => n).ToArray();
        if (set is not null) analysis.Run();
        return analysis;
    }

    /// <summary>Masks the names of the partnership's members and invited staff, and any email or phone number.</summary>
    public static async Task<Redactor> RedactorAsync(PoetDb db, int pid, CancellationToken ct = default)
    {
        var roster = await db.Members.Where(m => m.PartnershipId == pid).Select(m => m.User!.DisplayName).ToListAsync(ct);
        roster.AddRange(await db.Invitations.Where(i => db.Rounds.Any(r => r.Id == i.RoundId && r.PartnershipId == pid)).Select(i => i.Name).Where(n => n != null).Select(n => n!).ToListAsync(ct));
        return new Redactor(roster);
    }

    /// <summary>Each sort's interview notes, in sort order.</summary>
    private IReadOnlyList<IReadOnlyList<TeamNote>> AllNotes { get; set; } = [];

    /// <summary>Each sort's reasons, in sort order (the order of <see cref="Sorts"/>).</summary>
    private IReadOnlyList<SortComments> Reasons { get; set; } = [];

    private IReadOnlyList<TeamComment> Team(IReadOnlyList<TeamReason> reasons) =>
        reasons.Select(r => new TeamComment(r.Code, r.Role ?? "Not said", r.MayQuote, r.Reason.Statement, StatementText(r.Reason.Statement - 1), r.Reason.Column, r.Reason.Text)).ToArray();

    private void Run()
    {
        var sorts = Sorts!;
        MaxFactors = Math.Min(AnalysisSettings.MaxFactors, sorts.SortCount);
        var pca = Extraction.PrincipalComponents(sorts, MaxFactors);
        Scree = FactorCount.Scree(pca.Eigenvalues);
        Humphrey = FactorCount.Humphrey(pca.Loadings, sorts.StatementCount);
        Factors = Math.Clamp(Settings.Factors ?? FactorCount.EigenvaluesAboveOne(pca.Eigenvalues), 1, MaxFactors);
        try
        {
            Result = QAnalysis.Run(sorts, Options());
        }
        catch (QMethodInputException e)
        {
            Problem = e.Message;
            return;
        }
        FactorViews = Enumerable.Range(0, Factors).Select(View).ToArray();
        Consensus = Result.Distinctions.Statements.Where(d => d.Label == Statements.Consensus)
            .Select(d => new DistinguishingStatement(d.Statement + 1, StatementText(d.Statement), ByFactor(d.Statement), "")).ToArray();
    }

    /// <summary>The options this analysis runs with (also the bootstrap's target).</summary>
    public QAnalysisOptions Options() => new(Factors, Grid)
    {
        Extraction = Settings.Extraction,
        Rotation = Settings.Rotation,
        KeepQmethodOrientation = Settings.KeepQmethodOrientation,
        FlagOverrides = Settings.Overrides(Sorts!.SortCount, Factors),
        HandRotations = Settings.HandRotations(),
    };

    private IReadOnlyList<(double, int?)> ByFactor(int s) =>
        Enumerable.Range(0, Factors).Select(k => (Result!.Scores.ZScores[s, k], Result.Scores.Arrays[s, k])).ToArray();

    private FactorView View(int k)
    {
        var r = Result!;
        var n = Sorts!.StatementCount;
        var ranked = Enumerable.Range(0, n).Select(s => new RankedStatement(s + 1, StatementText(s), r.Scores.ZScores[s, k], r.Scores.Arrays[s, k])).ToArray();
        var array = Grid.Values.Select(v => (v, (IReadOnlyList<(int, string)>)ranked.Where(x => x.Column == v).OrderByDescending(x => x.ZScore).Select(x => (x.Number, x.Text)).ToArray())).ToArray();
        var top = Grid.Values.Count > 3 ? Grid.Values[^2] : Grid.Values[^1];
        var bottom = Grid.Values.Count > 3 ? Grid.Values[1] : Grid.Values[0];
        var highest = ranked.Where(x => x.Column >= top).OrderByDescending(x => x.ZScore).ToArray();
        var lowest = ranked.Where(x => x.Column <= bottom).OrderBy(x => x.ZScore).ToArray();

        var others = Enumerable.Range(0, Factors).Where(g => g != k && !r.Scores.FactorsWithoutFlaggedSorts.Contains(g)).ToArray();
        var distinguishing = new List<DistinguishingStatement>();
        if (others.Length > 0 && !r.Scores.FactorsWithoutFlaggedSorts.Contains(k))
        {
            foreach (var d in r.Distinctions.Statements)
            {
                var levels = others.Select(g =>
                {
                    var i = r.Distinctions.Pairs.ToList().FindIndex(p => (p.First == k && p.Second == g) || (p.First == g && p.Second == k));
                    return d.Significances[i] ?? Significance.None;
                }).ToArray();
                if (levels.All(l => l != Significance.None))
                    distinguishing.Add(new DistinguishingStatement(d.Statement + 1, StatementText(d.Statement), ByFactor(d.Statement), Statements.Symbol(levels.Min())));
            }
        }

        var loaders = Enumerable.Range(0, Sorts.SortCount).Where(q => r.Flags[q, k]).Select(q => SortInfos[q]).ToArray();
        var byRole = Suppression.Suppress(new[] { QParticipantRole.Staff, QParticipantRole.ServiceUser, QParticipantRole.Carer }
            .Select(role => new GroupCount(QStudyRules.RoleName(role), loaders.Count(l => l.Role == role))).ToArray(), loaders.Length);
        var byPartner = Suppression.Suppress(PartnerNames.Select(p => new GroupCount(p.Value, loaders.Count(l => l.PartnerOrganisationId == p.Key))).ToArray(), loaders.Length);

        var flagged = Enumerable.Range(0, Sorts.SortCount).Select(q => r.Flags[q, k]).ToArray();
        var quotes = SortCommentRules.Quotes(Reasons, flagged).Select(c => new ExtremeComment(c.Statement, StatementText(c.Statement - 1), c.Column, c.Text)).ToArray();
        var team = Team(SortCommentRules.ForTeam(Reasons, flagged));
        var notes = AllNotes.Where((_, q) => flagged[q]).SelectMany(n => n).ToArray();
        return new FactorView(k + 1, array, highest, lowest, distinguishing, loaders.Length, byRole, byPartner, quotes, team, Crib(k), notes);
    }

    private CribSheetView? Crib(int k)
    {
        if (Result!.CribSheets.FirstOrDefault(c => c.Factor == k) is not { } sheet) return null;
        var others = Result.CribSheets.Select(c => c.Factor).Where(g => g != k).ToArray();
        IReadOnlyList<CribLine> Lines(IReadOnlyList<CribItem> items) => items.Select(i => new CribLine(i.Statement + 1, StatementText(i.Statement), i.Column,
            string.Join(", ", others.Select(g => $"f{g + 1} {Grid.Label(i.Columns[g]!.Value)}")))).ToArray();
        return new CribSheetView(Lines(sheet.Top), Lines(sheet.Higher), Lines(sheet.Lower), Lines(sheet.Bottom));
    }
}
