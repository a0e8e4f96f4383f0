using System.Text.Json;
using Poet.Analysis.QMethod;
using Poet.Analysis.Tests.QMethod;
using Poet.Analysis.Tests.QMethod.Formats;

namespace Poet.Analysis.Tests.Cli;

public sealed class QMethodAnalyzeTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>Three statements, two Q-sorts on -1..+1: valid unless a test breaks it.</summary>
    private const string Small = "id,A,B\ns1,-1,1\ns2,0,0\ns3,1,-1\n";

    [Fact]
    public void Analyze_LipsetCsv_ReproducesTheQmethodReference()
    {
        // Fixtures/QMethod/qsorts.csv is the shared ../shared/data/qmethod-lipset/qsorts.csv; the reference is qmethod 1.8.4's
        // qmethod(lipset[[1]], nfactors=2, extraction="PCA", rotation="varimax", forced=TRUE) (expected-pca-varimax-2f.json)
        var (code, stdout, stderr) = cli.Run("qmethod", "analyze", "--sorts", LipsetFiles.PathOf("qsorts.csv"), "--factors", "2", "--out", cli.PathOf("lipset.json"));

        Assert.Equal(0, code);
        Assert.Equal($"Wrote {cli.PathOf("lipset.json")}: 2 factors from 9 Q-sorts of 33 statements.\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal($"poet: warning: {QAnalysis.NegativeFlagsWarning}\n", stderr.ReplaceLineEndings("\n")); // json warnings: JP5 flagged negative
        var actual = JsonDocument.Parse(File.ReadAllText(cli.PathOf("lipset.json"))).RootElement;
        var expected = Lipset.Expected;

        SameTable(expected.GetProperty("rotated_loadings"), actual.GetProperty("loa"));
        SameTable(expected.GetProperty("flagged"), actual.GetProperty("flagged"));
        SameTable(expected.GetProperty("zscores"), actual.GetProperty("zsc"));
        SameTable(expected.GetProperty("factor_scores"), actual.GetProperty("zsc_n"));
        var fChar = actual.GetProperty("f_char");
        SameTable(expected.GetProperty("cor_zsc"), fChar.GetProperty("cor_zsc"));
        SameTable(expected.GetProperty("sd_dif"), fChar.GetProperty("sd_dif"));

        var characteristics = fChar.GetProperty("characteristics");
        var c = expected.GetProperty("characteristics");
        Assert.Equal(Strings(c.GetProperty("factors")), Strings(characteristics.GetProperty("row_names")));
        var columns = Strings(characteristics.GetProperty("col_names"));
        for (var j = 0; j < columns.Length; j++)
            MatrixAssert.Close(Lipset.ExpectedVector(c.GetProperty(columns[j])), Column(characteristics.GetProperty("values"), j));

        var qdc = actual.GetProperty("qdc");
        var e = expected.GetProperty("qdc");
        Assert.Equal(Strings(e.GetProperty("statement_ids")), Strings(qdc.GetProperty("row_names")));
        Assert.Equal(Strings(e.GetProperty("column_order")), Strings(qdc.GetProperty("col_names")));
        var rows = qdc.GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal(Strings(e.GetProperty("dist_and_cons")), rows.Select(r => r[0].GetString()!));
        MatrixAssert.Close(Lipset.ExpectedVector(e.GetProperty("differences").GetProperty("f1_f2")), rows.Select(r => r[1].GetDouble()).ToArray());
        Assert.Equal(Strings(e.GetProperty("significance").GetProperty("sig_f1_f2")), rows.Select(r => r[2].GetString()!));
    }

    [Fact]
    public void Analyze_CentroidWithoutRotationAndExplicitGrid_Succeeds()
    {
        var (code, _, _) = cli.Run("qmethod", "analyze", "--sorts", LipsetFiles.PathOf("qsorts.csv"), "--factors", "3",
            "--extraction", "centroid", "--rotation", "none", "--grid", "-4:2,3,4,5,5,5,4,3,2", "--out", cli.PathOf("r.json"));
        Assert.Equal(0, code);
        var brief = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json"))).RootElement.GetProperty("brief");
        Assert.Equal("centroid", brief.GetProperty("extraction").GetString());
        Assert.Equal("none", brief.GetProperty("rotation").GetString());
        Assert.Equal(3, brief.GetProperty("nfactors").GetInt32());
    }

    [Fact]
    public void Analyze_DatFile_UsesItsGrid()
    {
        var dat = cli.PathOf("lipset.dat");
        Assert.Equal(0, cli.Run("qmethod", "convert", "--from", LipsetFiles.PathOf("qsorts.csv"), "--to", dat).Code);
        var (code, _, _) = cli.Run("qmethod", "analyze", "--sorts", dat, "--factors", "2", "--out", cli.PathOf("r.json"));
        Assert.Equal(0, code);
        var loa = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json"))).RootElement.GetProperty("loa");
        SameTable(Lipset.Expected.GetProperty("rotated_loadings"), loa);
    }

    [Theory]
    [InlineData("id,A,B\ns1,-1,1\ns2,0\ns3,1,-1\n", "Line 3 has 2 cells but the header has 3; every row needs its statement id and one ranking for each Q-sort.")]
    [InlineData("id,A,A\ns1,-1,1\ns2,0,0\ns3,1,-1\n", "The Q-sort name 'A' is used more than once; each Q-sort needs its own name.")]
    [InlineData("id,A,B\ns1,-1,1\ns2,0,0.5\ns3,1,-1\n", "Line 3 (statement 's2'), Q-sort 'B': '0.5' is not a whole number; rankings are grid columns such as -4, 0 or 3.")]
    [InlineData("id,A,B\ns1,-1,1\ns2,0,\ns3,1,-1\n", "Line 3 (statement 's2') has no ranking for Q-sort 'B'; every Q-sort must place every statement.")]
    public void Analyze_BadCsv_Exits2NamingFileAndProblem(string csv, string problem)
    {
        var path = cli.Write("sorts.csv", csv);
        var (code, stdout, stderr) = cli.Run("qmethod", "analyze", "--sorts", path, "--factors", "1", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"poet: {path}: {problem}\n", stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(cli.PathOf("r.json")));
    }

    [Fact]
    public void Analyze_ValueOffTheGrid_Exits2()
    {
        var path = cli.Write("sorts.csv", "id,A,B\ns1,-1,1\ns2,0,0\ns3,1,2\n");
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", path, "--factors", "1", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Equal("poet: Q-sort 'B' puts statement 's3' at +2, which is off the grid (-1 to +1).\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_FewerSortsThanFactors_Exits2()
    {
        var path = cli.Write("sorts.csv", Small);
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", path, "--factors", "3", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Equal("poet: There are 2 Q-sorts, which is fewer than the 3 factors asked for; choose at most 2 factors.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_GridNotMatchingStatements_Exits2()
    {
        var path = cli.Write("sorts.csv", Small);
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", path, "--factors", "1", "--grid", "-1:1,2,1", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.StartsWith("poet: The grid has room for 4 statements, but there are 3 statements;", stderr);
    }

    [Fact]
    public void Analyze_MissingFile_Exits2()
    {
        var path = cli.PathOf("nowhere.csv");
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", path, "--factors", "2", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Equal($"poet: The file '{path}' does not exist; check the path given to --sorts.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "--colour", "red" }, "Unknown option '--colour' for 'poet qmethod analyze'; its options are --sorts, --factors, --extraction, --rotation, --grid, --out.")]
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "--factors", "3" }, "The option --factors is given more than once; give it once.")]
    [InlineData(new[] { "--factors", "2", "--out" }, "The option --out needs a value.")]
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "extra" }, "Unexpected argument 'extra' for 'poet qmethod analyze'; run 'poet --help' for the usage.")]
    [InlineData(new[] { "--out", "r.json" }, "Give --factors N (how many factors to extract, such as 2).")]
    [InlineData(new[] { "--factors", "2" }, "Give --out RESULT.json (where to write the analysis).")]
    [InlineData(new[] { "--factors", "two", "--out", "r.json" }, "--factors must be a whole number of at least 1, such as 2; 'two' is not.")]
    [InlineData(new[] { "--factors", "0", "--out", "r.json" }, "--factors must be a whole number of at least 1, such as 2; '0' is not.")]
    [InlineData(new[] { "--factors", "2", "--extraction", "ml", "--out", "r.json" }, "--extraction must be pca or centroid; 'ml' is neither.")]
    [InlineData(new[] { "--factors", "2", "--rotation", "promax", "--out", "r.json" }, "--rotation must be varimax or none; 'promax' is neither.")]
    [InlineData(new[] { "--factors", "2", "--grid", "2,3,4", "--out", "r.json" }, "A grid is written as its lowest column, a colon and the count of each column, such as -4:2,3,4,5,5,5,4,3,2; '2,3,4' is not.")]
    public void Analyze_BadArguments_Exits2WithOneLine(string[] options, string message)
    {
        var (code, _, stderr) = cli.Run(["qmethod", "analyze", "--sorts", cli.Write("sorts.csv", Small), .. options]);
        Assert.Equal(2, code);
        Assert.Equal($"poet: {message}\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_SortsFileOfAnotherKind_Exits2()
    {
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", cli.Write("sorts.txt", Small), "--factors", "1", "--out", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Equal($"poet: --sorts must name a .csv or .dat file; '{cli.PathOf("sorts.txt")}' is neither.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_OutIntoMissingFolder_Exits2()
    {
        var (code, _, stderr) = cli.Run("qmethod", "analyze", "--sorts", cli.Write("sorts.csv", Small), "--factors", "1", "--out", cli.PathOf("no/such/r.json"));
        Assert.Equal(2, code);
        Assert.StartsWith($"poet: Cannot write '{cli.PathOf("no/such/r.json")}':", stderr);
    }

    [Theory]
    [InlineData(new[] { "survey" }, "Unknown command 'survey'; run 'poet --help' for the commands.")]
    [InlineData(new[] { "qmethod", "plot" }, "Unknown command 'qmethod plot'; the qmethod commands are analyze and convert.")]
    [InlineData(new[] { "qmethod" }, "Give a qmethod command: analyze or convert; run 'poet --help' for the usage.")]
    public void Run_UnknownCommand_Exits2(string[] args, string message)
    {
        var (code, _, stderr) = cli.Run(args);
        Assert.Equal(2, code);
        Assert.Equal($"poet: {message}\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExits0()
    {
        var (code, stdout, _) = cli.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("poet qmethod analyze --sorts FILE.csv --factors N", stdout);
    }

    private static void SameTable(JsonElement expected, JsonElement actual)
    {
        Assert.Equal(Strings(expected.GetProperty("row_names")), Strings(actual.GetProperty("row_names")));
        Assert.Equal(Strings(expected.GetProperty("col_names")), Strings(actual.GetProperty("col_names")));
        MatrixAssert.Close(Lipset.ExpectedMatrix(expected), Lipset.ExpectedMatrix(actual));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static double[] Column(JsonElement rows, int j) => rows.EnumerateArray().Select(r => r[j].GetDouble()).ToArray();
}
