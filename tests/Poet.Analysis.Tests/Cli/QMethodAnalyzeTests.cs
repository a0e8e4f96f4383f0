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
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "--colour", "red" }, "Unknown option '--colour' for 'poet qmethod analyze'; its options are --sorts, --factors, --extraction, --rotation, --rotate, --bootstrap, --seed, --grid, --out.")]
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "--factors", "3" }, "The option --factors is given more than once; give it once.")]
    [InlineData(new[] { "--factors", "2", "--out" }, "The option --out needs a value.")]
    [InlineData(new[] { "--factors", "2", "--out", "r.json", "extra" }, "Unexpected argument 'extra' for 'poet qmethod analyze'; run 'poet --help' for the usage.")]
    [InlineData(new[] { "--out", "r.json" }, "Give --factors N (how many factors to extract, such as 2).")]
    [InlineData(new[] { "--factors", "2" }, "Give --out RESULT.json (where to write the analysis).")]
    [InlineData(new[] { "--factors", "two", "--out", "r.json" }, "--factors must be a whole number of at least 1, such as 2; 'two' is not.")]
    [InlineData(new[] { "--factors", "0", "--out", "r.json" }, "--factors must be a whole number of at least 1, such as 2; '0' is not.")]
    [InlineData(new[] { "--factors", "2", "--extraction", "ml", "--out", "r.json" }, "--extraction must be pca or centroid; 'ml' is neither.")]
    [InlineData(new[] { "--factors", "2", "--rotation", "promax", "--out", "r.json" }, "--rotation must be varimax or none; 'promax' is neither.")]
    [InlineData(new[] { "--factors", "2", "--rotate", "1-2:15", "--out", "r.json" }, "--rotate takes two factors and an angle in degrees, such as --rotate \"1,2:15\" to turn f1 and f2 by 15 degrees; '1-2:15' is not.")]
    [InlineData(new[] { "--factors", "1", "--rotate", "1,2:15", "--out", "r.json" }, "A hand rotation names f2, but the analysis has 1 factor.")]
    [InlineData(new[] { "--factors", "1", "--bootstrap", "many", "--out", "r.json" }, "--bootstrap must be a whole number of resamples from 1 to 10000, such as 1000; 'many' is not.")]
    [InlineData(new[] { "--factors", "1", "--seed", "3", "--out", "r.json" }, "--seed sets the bootstrap's random draws; give it with --bootstrap N.")]
    [InlineData(new[] { "--factors", "1", "--bootstrap", "5", "--seed", "x", "--out", "r.json" }, "--seed must be a whole number, such as 2016; 'x' is not.")]
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
    public void Analyze_RotateRepeated_TurnsInOrderAndRecordsEachInBrief()
    {
        // Two hand rotations of lipset's varimax solution that undo each other leave qmethod's loadings
        // (expected-pca-varimax-2f.json); HandRotationTests checks a single rotation against L·R(θ).
        var (code, stdout, _) = cli.Run("qmethod", "analyze", "--sorts", LipsetFiles.PathOf("qsorts.csv"), "--factors", "2",
            "--rotate", "1,2:15", "--rotate", "1,2:-15", "--out", cli.PathOf("r.json"));
        Assert.Equal(0, code);
        Assert.Equal($"Wrote {cli.PathOf("r.json")}: 2 factors from 9 Q-sorts of 33 statements, 2 hand rotations.\n", stdout.ReplaceLineEndings("\n"));
        var json = JsonDocument.Parse(File.ReadAllText(cli.PathOf("r.json"))).RootElement;
        var rotations = json.GetProperty("brief").GetProperty("hand_rotations").EnumerateArray().ToArray();
        Assert.Equal([1, 2], rotations[0].GetProperty("factors").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([15.0, -15.0], rotations.Select(r => r.GetProperty("degrees").GetDouble()));
        MatrixAssert.Close(Lipset.ExpectedMatrix("rotated_loadings"), Lipset.ExpectedMatrix(json.GetProperty("loa")), 1e-12);

        var (_, _, _) = cli.Run("qmethod", "analyze", "--sorts", LipsetFiles.PathOf("qsorts.csv"), "--factors", "2", "--rotate", "1,2:15", "--out", cli.PathOf("once.json"));
        var once = JsonDocument.Parse(File.ReadAllText(cli.PathOf("once.json"))).RootElement;
        Assert.True(MatrixAssert.MaxAbsError(Lipset.ExpectedMatrix("rotated_loadings"), Lipset.ExpectedMatrix(once.GetProperty("loa"))) > 0.1);
    }

    [Fact]
    public void Analyze_Bootstrap_WritesQmbSummaryTablesAndRepeatsForASeed()
    {
        string[] Args(string file) => ["qmethod", "analyze", "--sorts", LipsetFiles.PathOf("qsorts.csv"), "--factors", "2", "--bootstrap", "50", "--seed", "2016", "--out", cli.PathOf(file)];
        var (code, stdout, _) = cli.Run(Args("a.json"));
        Assert.Equal(0, cli.Run(Args("b.json")).Code);

        Assert.Equal(0, code);
        Assert.Matches(@"^Wrote .*a\.json: 2 factors from 9 Q-sorts of 33 statements, bootstrapped with 50 resamples \(seed 2016; \d+ used, \d+ left out because one factor matched two\)\.\n$", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(File.ReadAllText(cli.PathOf("a.json")), File.ReadAllText(cli.PathOf("b.json")));
        var b = JsonDocument.Parse(File.ReadAllText(cli.PathOf("a.json"))).RootElement.GetProperty("bootstrap");
        Assert.Equal(50, b.GetProperty("nsteps").GetInt32());
        Assert.Equal(2016, b.GetProperty("seed").GetInt32());
        // qmethod's qmb.summary column names.
        Assert.Equal(["f1.std", "f2.std", "f1.loa", "f1.SE", "f2.loa", "f2.SE", "flag.freq1", "flag.freq2", "f1.bias", "f2.bias"], Strings(b.GetProperty("qsorts").GetProperty("col_names")));
        Assert.Equal(["f1.zsc.std", "f2.zsc.std", "f1.zsc.bts", "f1.SE", "f2.zsc.bts", "f2.SE", "f1.bias", "f2.bias", "fsc_f1", "fsc_f2", "fsc.bts.1", "fsc.bts.2", "f1.fsc.bias", "f2.fsc.bias",
            "f1.zsc.q025", "f1.zsc.q975", "f2.zsc.q025", "f2.zsc.q975"], Strings(b.GetProperty("statements").GetProperty("col_names")));
        Assert.Equal(["FSindex", "NFSindex"], Strings(b.GetProperty("fsi").GetProperty("col_names")));
        // f1.std is qmethod's full-sample loading: US1 0.719851017935976.
        Assert.Equal(0.719851017935976, b.GetProperty("qsorts").GetProperty("values")[0][0].GetDouble(), 1e-9);
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
