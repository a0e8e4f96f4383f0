using System.Text;
using System.Text.Json;

namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// A Q analysis as JSON with the names of qmethod's QmethodRes, so results can be checked against R:
/// <c>brief</c> (the configuration), <c>dataset</c>, <c>loa</c>, <c>flagged</c>, <c>zsc</c>, <c>zsc_n</c>,
/// <c>f_char</c> (<c>characteristics</c>, <c>cor_zsc</c>, <c>sd_dif</c>) and <c>qdc</c>, then POET's <c>crib_sheets</c>.
/// Every table is <c>{"row_names": [...], "col_names": [...], "values": [[row 1], [row 2], ...]}</c>, rows first,
/// with qmethod's row and column names. A number that does not exist (NaN, e.g. the z-scores of a factor without
/// flagged Q-sorts) is written as null.
/// </summary>
/// <remarks>
/// Beyond qmethod, <c>brief</c> holds the hand rotations in order (<c>[{"factors": [1, 2], "degrees": 15}]</c>, empty without), the grid (<c>{"values", "counts"}</c>) and the analysis warnings. With a single
/// factor <c>qdc</c> has only its <c>dist.and.cons</c> column, all "" (qmethod returns a warning text instead).
/// </remarks>
public static class QResultJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static void Write(QAnalysisResult result, Stream stream, BootstrapResult? bootstrap = null)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        Write(result, json, bootstrap);
    }

    public static string Serialize(QAnalysisResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(QAnalysisResult result, Utf8JsonWriter json, BootstrapResult? bootstrap = null)
    {
        var sorts = result.Sorts;
        var k = result.Loadings.ColumnCount;
        var factors = Names("f", k);
        json.WriteStartObject();
        WriteBrief(result, json);
        Table(json, "dataset", sorts.StatementIds, sorts.SortNames, (s, q) => json.WriteNumberValue(sorts[s, q]));
        Table(json, "loa", sorts.SortNames, factors, (q, f) => Number(json, result.Loadings[q, f]));
        Table(json, "flagged", sorts.SortNames, Names("flag_f", k), (q, f) => json.WriteBooleanValue(result.Flags[q, f]));
        Table(json, "zsc", sorts.StatementIds, Names("zsc_f", k), (s, f) => Number(json, result.Scores.ZScores[s, f]));
        Table(json, "zsc_n", sorts.StatementIds, Names("fsc_f", k), (s, f) =>
        {
            if (result.Scores.Arrays[s, f] is { } cell) json.WriteNumberValue(cell);
            else json.WriteNullValue();
        });
        WriteCharacteristics(result.Characteristics, factors, json);
        WriteDistinctions(result.Distinctions, sorts.StatementIds, json);
        WriteCribSheets(result, json);
        if (bootstrap is not null) WriteBootstrap(bootstrap, json);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>bootstrap</c>, with the names of qmethod's qmb.summary: <c>qsorts</c> (f1.std, f2.std, ..., f1.loa, f1.SE, ...,
    /// flag.freq1, ..., f1.bias, ...) and <c>statements</c> (f1.zsc.std, ..., f1.zsc.bts, f1.SE, ..., f1.bias, ...,
    /// fsc_f1, ..., fsc.bts.1, ..., f1.fsc.bias, ...), then POET's 95% interval columns (f1.zsc.q025, f1.zsc.q975, ...);
    /// <c>fsi</c> as qfsi's (FSindex, NFSindex), and the run: nsteps, seed, used_steps, order_errors, order_swaps, sign_swaps.
    /// Bias is the full-sample value minus the bootstrap mean, as qmb.summary computes it.
    /// </summary>
    private static void WriteBootstrap(BootstrapResult b, Utf8JsonWriter json)
    {
        var full = b.Full;
        var k = b.Factors.Count;
        var f = Enumerable.Range(1, k).ToArray();
        json.WriteStartObject("bootstrap");
        json.WriteNumber("nsteps", b.Steps);
        json.WriteNumber("seed", b.Seed);
        json.WriteNumber("used_steps", b.UsedSteps);
        json.WriteNumber("order_errors", b.OrderErrors);
        json.WriteNumber("order_swaps", b.OrderSwaps);
        json.WriteNumber("sign_swaps", b.SignSwaps);
        var qColumns = new List<(string Name, Func<int, double> Value)>();
        qColumns.AddRange(f.Select(i => ($"f{i}.std", (Func<int, double>)(q => full.Loadings[q, i - 1]))));
        foreach (var i in f)
        {
            qColumns.Add(($"f{i}.loa", q => b.Factors[i - 1].MeanLoadings[q]));
            qColumns.Add(($"f{i}.SE", q => b.Factors[i - 1].LoadingStandardErrors[q]));
        }
        qColumns.AddRange(f.Select(i => ($"flag.freq{i}", (Func<int, double>)(q => b.Factors[i - 1].FlagFrequencies[q]))));
        qColumns.AddRange(f.Select(i => ($"f{i}.bias", (Func<int, double>)(q => full.Loadings[q, i - 1] - b.Factors[i - 1].MeanLoadings[q]))));
        Table(json, "qsorts", full.Sorts.SortNames, qColumns.Select(c => c.Name).ToArray(), (q, c) => Number(json, qColumns[c].Value(q)));

        var sColumns = new List<(string Name, Func<int, double> Value)>();
        sColumns.AddRange(f.Select(i => ($"f{i}.zsc.std", (Func<int, double>)(s => full.Scores.ZScores[s, i - 1]))));
        foreach (var i in f)
        {
            sColumns.Add(($"f{i}.zsc.bts", s => b.Factors[i - 1].MeanZScores[s]));
            sColumns.Add(($"f{i}.SE", s => b.Factors[i - 1].ZScoreStandardErrors[s]));
        }
        sColumns.AddRange(f.Select(i => ($"f{i}.bias", (Func<int, double>)(s => full.Scores.ZScores[s, i - 1] - b.Factors[i - 1].MeanZScores[s]))));
        sColumns.AddRange(f.Select(i => ($"fsc_f{i}", (Func<int, double>)(s => full.Scores.Arrays[s, i - 1] ?? double.NaN))));
        sColumns.AddRange(f.Select(i => ($"fsc.bts.{i}", (Func<int, double>)(s => b.Factors[i - 1].Array[s]))));
        sColumns.AddRange(f.Select(i => ($"f{i}.fsc.bias", (Func<int, double>)(s => (full.Scores.Arrays[s, i - 1] ?? double.NaN) - b.Factors[i - 1].Array[s]))));
        foreach (var i in f)
        {
            sColumns.Add(($"f{i}.zsc.q025", s => b.Factors[i - 1].ZScoreLow[s]));
            sColumns.Add(($"f{i}.zsc.q975", s => b.Factors[i - 1].ZScoreHigh[s]));
        }
        Table(json, "statements", full.Sorts.StatementIds, sColumns.Select(c => c.Name).ToArray(), (s, c) => Number(json, sColumns[c].Value(s)));
        Table(json, "fsi", Names("f", k), ["FSindex", "NFSindex"], (i, c) => Number(json, c == 0 ? b.Factors[i].StabilityIndex : b.Factors[i].NormalisedStabilityIndex));
        json.WriteEndObject();
    }

    /// <summary>
    /// Beyond qmethod: <c>crib_sheets</c>, one object per factor with an array ("f1", ...), each holding the statement ids
    /// of <c>top</c>, <c>higher</c>, <c>lower</c> and <c>bottom</c> in the order of <see cref="CribSheets.Build"/>.
    /// </summary>
    private static void WriteCribSheets(QAnalysisResult result, Utf8JsonWriter json)
    {
        json.WriteStartObject("crib_sheets");
        foreach (var sheet in result.CribSheets)
        {
            json.WriteStartObject($"f{sheet.Factor + 1}");
            foreach (var (name, items) in new[] { ("top", sheet.Top), ("higher", sheet.Higher), ("lower", sheet.Lower), ("bottom", sheet.Bottom) })
            {
                json.WriteStartArray(name);
                foreach (var item in items) json.WriteStringValue(result.Sorts.StatementIds[item.Statement]);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteBrief(QAnalysisResult result, Utf8JsonWriter json)
    {
        var options = result.Options;
        json.WriteStartObject("brief");
        json.WriteNumber("nstat", result.Sorts.StatementCount);
        json.WriteNumber("nqsorts", result.Sorts.SortCount);
        json.WriteBoolean("distro", options.Forced);
        json.WriteNumber("nfactors", options.Factors);
        json.WriteString("extraction", options.Extraction == ExtractionMethod.PrincipalComponents ? "PCA" : "centroid");
        json.WriteString("rotation", options.Rotation == RotationMethod.Varimax ? "varimax" : "none");
        json.WriteString("cor.method", "pearson");
        json.WriteString("flagging", options.FlagOverrides.Count == 0 ? "automatic" : "manual");
        json.WriteStartArray("hand_rotations");
        foreach (var r in options.HandRotations)
        {
            json.WriteStartObject();
            json.WriteStartArray("factors");
            json.WriteNumberValue(r.First + 1);
            json.WriteNumberValue(r.Second + 1);
            json.WriteEndArray();
            json.WriteNumber("degrees", r.Degrees);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("grid");
        json.WriteStartArray("values");
        foreach (var v in options.Grid.Values) json.WriteNumberValue(v);
        json.WriteEndArray();
        json.WriteStartArray("counts");
        foreach (var c in options.Grid.Counts) json.WriteNumberValue(c);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("warnings");
        foreach (var w in result.Warnings) json.WriteStringValue(w);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCharacteristics(FactorCharacteristicSet characteristics, IReadOnlyList<string> factors, Utf8JsonWriter json)
    {
        json.WriteStartObject("f_char");
        var rows = characteristics.Factors;
        Table(json, "characteristics", factors, ["av_rel_coef", "nload", "eigenvals", "expl_var", "reliability", "se_fscores"], (f, c) =>
        {
            var row = rows[f];
            if (c == 1) json.WriteNumberValue(row.LoadingSorts);
            else Number(json, c switch
            {
                0 => row.AverageReliabilityCoefficient,
                2 => row.Eigenvalue,
                3 => row.ExplainedVariance,
                4 => row.CompositeReliability,
                _ => row.StandardError,
            });
        });
        var zscores = Names("zsc_f", factors.Count);
        Table(json, "cor_zsc", zscores, zscores, (f, g) => Number(json, characteristics.ZScoreCorrelations[f, g]));
        Table(json, "sd_dif", factors, factors, (f, g) => Number(json, characteristics.DifferenceStandardErrors[f, g]));
        json.WriteEndObject();
    }

    /// <summary>qdc's columns: dist.and.cons, then each pair's difference followed by its significance (f1_f2, sig_f1_f2, f1_f3, ...).</summary>
    private static void WriteDistinctions(DistinctionSet distinctions, IReadOnlyList<string> statementIds, Utf8JsonWriter json)
    {
        var columns = new List<string> { "dist.and.cons" };
        foreach (var pair in distinctions.Pairs) columns.AddRange([pair.Name, "sig_" + pair.Name]);
        Table(json, "qdc", statementIds, columns, (s, c) =>
        {
            var statement = distinctions.Statements[s];
            if (c == 0) json.WriteStringValue(statement.Label);
            else if (c % 2 == 1) Number(json, statement.Differences[(c - 1) / 2]);
            else json.WriteStringValue(Statements.Symbol(statement.Significances[(c - 1) / 2]));
        });
    }

    private static void Table(Utf8JsonWriter json, string name, IReadOnlyList<string> rows, IReadOnlyList<string> columns, Action<int, int> cell)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("row_names");
        foreach (var r in rows) json.WriteStringValue(r);
        json.WriteEndArray();
        json.WriteStartArray("col_names");
        foreach (var c in columns) json.WriteStringValue(c);
        json.WriteEndArray();
        json.WriteStartArray("values");
        for (var i = 0; i < rows.Count; i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < columns.Count; j++) cell(i, j);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value)) json.WriteNumberValue(value);
        else json.WriteNullValue();
    }

    private static string[] Names(string prefix, int count) => Enumerable.Range(1, count).Select(i => prefix + i).ToArray();
}
