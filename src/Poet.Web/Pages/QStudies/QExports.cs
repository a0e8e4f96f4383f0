using System.Text;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The analysis tables under qmethod's names and with its row and column names (as QResultJson writes them), so a
/// researcher can line them up with R's output: loa, flagged, zsc, zsc_n, f_char (with cor_zsc and sd_dif in the
/// workbook) and qdc. Numbers stay numbers; a number that does not exist is NA in CSV, as R writes it.
/// </summary>
public static class QExports
{
    public static readonly string[] Tables = ["loa", "flagged", "zsc", "zsc_n", "f_char", "qdc"];

    public static DataTable? Table(QAnalysisResult r, string name)
    {
        var sorts = r.Sorts;
        var k = r.Loadings.ColumnCount;
        return name switch
        {
            "loa" => Build(sorts.SortNames, Names("f", k), (q, f) => r.Loadings[q, f]),
            "flagged" => Build(sorts.SortNames, Names("flag_f", k), (q, f) => r.Flags[q, f] ? "TRUE" : "FALSE"),
            "zsc" => Build(sorts.StatementIds, Names("zsc_f", k), (s, f) => r.Scores.ZScores[s, f]),
            "zsc_n" => Build(sorts.StatementIds, Names("fsc_f", k), (s, f) => r.Scores.Arrays[s, f]),
            "f_char" => Build(Names("f", k), ["av_rel_coef", "nload", "eigenvals", "expl_var", "reliability", "se_fscores"], (f, c) =>
            {
                var row = r.Characteristics.Factors[f];
                return c switch
                {
                    0 => row.AverageReliabilityCoefficient,
                    1 => row.LoadingSorts,
                    2 => row.Eigenvalue,
                    3 => row.ExplainedVariance,
                    4 => row.CompositeReliability,
                    _ => (object)row.StandardError,
                };
            }),
            "cor_zsc" => Build(Names("zsc_f", k), Names("zsc_f", k), (f, g) => r.Characteristics.ZScoreCorrelations[f, g]),
            "sd_dif" => Build(Names("f", k), Names("f", k), (f, g) => r.Characteristics.DifferenceStandardErrors[f, g]),
            "qdc" => Qdc(r),
            "crib_sheets" => CribSheets(r),
            _ => null,
        };
    }

    public static byte[] Workbook(QAnalysisResult r, IReadOnlyList<TeamComment>? comments = null, QStudyAnalysis? team = null) =>
        XlsxFile.Write(Tables.Concat(["cor_zsc", "sd_dif", "crib_sheets"]).Select(t => (t, Table(r, t)!))
            .Concat(comments is null ? [] : [("comments", Comments(comments))])
            .Concat(team is null ? [] : [("notes", Notes(team.TeamNotes)), ("answers", Answers(team)), ("questions", Questions(team.Questions))])
            .Append(("warnings", Warnings(r))).ToArray());

    /// <summary>The researcher's interview notes, one card a row, keyed by study code (the sort's name in the other tables).</summary>
    public static DataTable Notes(IReadOnlyList<TeamNote> notes) =>
        new(["study_code", "statement", "statement_text", "column", "note"],
            notes.Select(n => new object?[] { n.Code, n.Number, n.Text, n.Column, n.Note }).ToArray());

    /// <summary>
    /// Answers to the study's own questions, one sort a row: study code, then q_1, q_2, ... (empty when not answered), the
    /// layout the import page reads (<see cref="SortAnswersCsv"/>).
    /// </summary>
    public static DataTable Answers(QStudyAnalysis a) =>
        new(new[] { SortAnswersCsv.NameHeader }.Concat(a.Questions.Select(q => SortQuestions.Id(q.Number))).ToArray(),
            a.SortInfos.Select(info => new object?[] { info.Name }.Concat(a.Questions.Select(q => (object?)info.Answers?.GetValueOrDefault(q.Number))).ToArray()).ToArray());

    /// <summary>The study's own questions: id, when asked, kind, wording and options (separated by " | ").</summary>
    public static DataTable Questions(IReadOnlyList<Poet.Data.Entities.QQuestion> questions) =>
        new(["id", "asked", "kind", "question", "options"],
            questions.Select(q => new object?[] { SortQuestions.Id(q.Number), QStudyRules.StageName(q.Stage), q.Kind == Poet.Data.Entities.QQuestionKind.Choice ? "single choice" : "text", q.Text, string.Join(" | ", q.OptionList) }).ToArray());

    /// <summary>The analysis's warnings in words (a factor on one sort, an array that does not fit the grid, ...), one a row.</summary>
    public static DataTable Warnings(QAnalysisResult r) => new(["warning"], r.Warnings.Select(w => new object?[] { w }).ToArray());

    /// <summary>Every sort's reasons for the research team, keyed by study code (the sort's name in the other tables).</summary>
    public static DataTable Comments(IReadOnlyList<TeamComment> comments) =>
        new(["study_code", "role", "may_quote_outside_team", "statement", "statement_text", "column", "reason"],
            comments.Select(c => new object?[] { c.Code, c.Role, c.MayQuote ? "yes" : "no", c.Number, c.Text, c.Column, c.Comment }).ToArray());

    public static byte[] Json(QAnalysisResult r) => Encoding.UTF8.GetBytes(QResultJson.Serialize(r));

    public static byte[] SortsCsv(QSortSet sorts) => Encoding.UTF8.GetBytes(QSortCsv.Write(sorts));

    /// <exception cref="QMethodInputException">Names or grid beyond what PQMethod can hold.</exception>
    public static byte[] Dat(string title, Grid grid, QSortSet sorts) => Encoding.ASCII.GetBytes(PqMethodDat.Write(new PqMethodProject(Ascii(title), grid, sorts)));

    /// <summary>PQMethod is a DOS program: statements are written in Windows-1252 where possible, else as close ASCII.</summary>
    public static byte[] Sta(IEnumerable<string> statements) => Encoding.Latin1.GetBytes(PqMethodSta.Write(statements.Select(s => s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2013', '-'))));

    private static string Ascii(string text)
    {
        var ascii = new string(text.Select(c => c is >= ' ' and <= '~' ? c : '_').ToArray()).Trim();
        return ascii.Length > PqMethodDat.MaxNameLength ? ascii[..PqMethodDat.MaxNameLength] : ascii;
    }

    /// <summary>Every factor's crib sheet, one statement a row: factor, list (top, higher, lower, bottom), the statement id, its column on this factor and every factor, its z-score.</summary>
    private static DataTable CribSheets(QAnalysisResult r)
    {
        var k = r.Loadings.ColumnCount;
        var headers = new[] { "factor", "list", "statement", "fsc", "zsc" }.Concat(Names("fsc_f", k)).ToArray();
        var rows = r.CribSheets.SelectMany(sheet => new[] { ("top", sheet.Top), ("higher", sheet.Higher), ("lower", sheet.Lower), ("bottom", sheet.Bottom) }
            .SelectMany(list => list.Item2.Select(i => new object?[] { $"f{sheet.Factor + 1}", list.Item1, r.Sorts.StatementIds[i.Statement], i.Column, i.ZScore }
                .Concat(i.Columns.Select(c => (object?)c)).ToArray()))).ToArray();
        return new DataTable(headers, rows);
    }

    private static DataTable Qdc(QAnalysisResult r)
    {
        var d = r.Distinctions;
        var headers = new List<string> { "", "dist.and.cons" };
        foreach (var p in d.Pairs) headers.AddRange([p.Name, "sig_" + p.Name]);
        var rows = d.Statements.Select(st =>
        {
            var row = new List<object?> { r.Sorts.StatementIds[st.Statement], st.Label };
            for (var i = 0; i < d.Pairs.Count; i++) row.AddRange([st.Differences[i], Statements.Symbol(st.Significances[i])]);
            return row.ToArray();
        }).ToArray();
        return new DataTable(headers, rows);
    }

    private static DataTable Build(IReadOnlyList<string> rows, IReadOnlyList<string> columns, Func<int, int, object?> cell) =>
        new(new[] { "" }.Concat(columns).ToArray(),
            rows.Select((name, i) => new object?[] { name }.Concat(columns.Select((_, j) => cell(i, j))).ToArray()).ToArray());

    private static string[] Names(string prefix, int count) => Enumerable.Range(1, count).Select(i => prefix + i).ToArray();
}
