using System.Text.Json;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;

namespace Poet.Analysis.Tests.QMethod.Formats;

public class QResultJsonTests
{
    private static JsonElement Serialize(QAnalysisOptions options) =>
        JsonDocument.Parse(QResultJson.Serialize(QAnalysis.Run(Lipset.Sorts, options))).RootElement;

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Serialize_Lipset_HasQmethodFieldsAndNames()
    {
        var json = Serialize(new QAnalysisOptions(2, Lipset.Grid));
        Assert.Equal(["brief", "dataset", "loa", "flagged", "zsc", "zsc_n", "f_char", "qdc", "crib_sheets"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["characteristics", "cor_zsc", "sd_dif"], json.GetProperty("f_char").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["av_rel_coef", "nload", "eigenvals", "expl_var", "reliability", "se_fscores"],
            Strings(json.GetProperty("f_char").GetProperty("characteristics").GetProperty("col_names")));
        var loa = json.GetProperty("loa");
        Assert.Equal(["row_names", "col_names", "values"], loa.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Lipset.Sorts.SortNames, Strings(loa.GetProperty("row_names")));
        Assert.Equal(["f1", "f2"], Strings(loa.GetProperty("col_names")));
        Assert.Equal(9, loa.GetProperty("values").GetArrayLength());          // rows first: one array per Q-sort
        Assert.Equal(2, loa.GetProperty("values")[0].GetArrayLength());
        Assert.Equal(-4, json.GetProperty("dataset").GetProperty("values")[0][4].GetInt32()); // qsorts.csv: sta_1, JP5
    }

    [Fact]
    public void Serialize_Lipset_WritesCribSheetsByStatementId()
    {
        // CribSheetsTests: f1's top column holds sta_33 and sta_24, its bottom sta_16 and sta_32 (qmethod's zsc_n).
        var crib = Serialize(new QAnalysisOptions(2, Lipset.Grid)).GetProperty("crib_sheets");
        Assert.Equal(["f1", "f2"], crib.EnumerateObject().Select(p => p.Name));
        var f1 = crib.GetProperty("f1");
        Assert.Equal(["top", "higher", "lower", "bottom"], f1.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["sta_33", "sta_24"], Strings(f1.GetProperty("top")));
        Assert.Equal(["sta_16", "sta_32"], Strings(f1.GetProperty("bottom")));
        Assert.Equal(14, f1.GetProperty("higher").GetArrayLength());
    }

    [Fact]
    public void Serialize_Brief_RecordsTheConfiguration()
    {
        var brief = Serialize(new QAnalysisOptions(2, Lipset.Grid) { Extraction = ExtractionMethod.Centroid, Rotation = RotationMethod.None })
            .GetProperty("brief");
        Assert.Equal(33, brief.GetProperty("nstat").GetInt32());
        Assert.Equal(9, brief.GetProperty("nqsorts").GetInt32());
        Assert.Equal(2, brief.GetProperty("nfactors").GetInt32());
        Assert.Equal("centroid", brief.GetProperty("extraction").GetString());
        Assert.Equal("none", brief.GetProperty("rotation").GetString());
        Assert.Equal("pearson", brief.GetProperty("cor.method").GetString());
        Assert.Equal("automatic", brief.GetProperty("flagging").GetString());
        Assert.True(brief.GetProperty("distro").GetBoolean());
        Assert.Equal([2, 3, 4, 5, 5, 5, 4, 3, 2], brief.GetProperty("grid").GetProperty("counts").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Serialize_FactorWithoutFlaggedSorts_WritesNullsAndSaysSo()
    {
        var unflag = Enumerable.Range(0, 9).Select(q => new FlagOverride(q, 1, false)).ToArray();
        var json = Serialize(new QAnalysisOptions(2, Lipset.Grid) { FlagOverrides = unflag });
        Assert.Equal(JsonValueKind.Null, json.GetProperty("zsc").GetProperty("values")[0][1].ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("zsc_n").GetProperty("values")[0][1].ValueKind);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("zsc").GetProperty("values")[0][0].ValueKind);
        Assert.Equal("manual", json.GetProperty("brief").GetProperty("flagging").GetString());
        Assert.Contains("Factor f2 has no flagged Q-sorts, so it has no z-scores, factor array or distinguishing statements.",
            Strings(json.GetProperty("brief").GetProperty("warnings")));
    }

    [Fact]
    public void Serialize_ThreeFactors_InterleavesDifferencesAndSignificanceAsQdc()
    {
        var qdc = Serialize(new QAnalysisOptions(3, Lipset.Grid)).GetProperty("qdc");
        // qdc.R: qdc.res[c(length(qdc.res), ord)] puts dist.and.cons first, then each pair followed by its sig_ column
        Assert.Equal(["dist.and.cons", "f1_f2", "sig_f1_f2", "f1_f3", "sig_f1_f3", "f2_f3", "sig_f2_f3"], Strings(qdc.GetProperty("col_names")));
        var row = qdc.GetProperty("values")[0];
        Assert.Equal(JsonValueKind.String, row[0].ValueKind);
        Assert.Equal(JsonValueKind.Number, row[1].ValueKind);
        Assert.Contains(row[2].GetString(), new[] { "", "*", "**", "***", "6*" });
    }

    [Fact]
    public void Serialize_OneFactor_QdcHasOnlyTheEmptyLabels()
    {
        var qdc = Serialize(new QAnalysisOptions(1, Lipset.Grid)).GetProperty("qdc");
        Assert.Equal(["dist.and.cons"], Strings(qdc.GetProperty("col_names")));
        Assert.All(qdc.GetProperty("values").EnumerateArray(), r => Assert.Equal("", r[0].GetString()));
    }
}
