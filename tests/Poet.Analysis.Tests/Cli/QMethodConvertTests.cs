using Poet.Analysis.QMethod.Formats;
using Poet.Analysis.Tests.QMethod;
using Poet.Analysis.Tests.QMethod.Formats;

namespace Poet.Analysis.Tests.Cli;

public sealed class QMethodConvertTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Convert_CsvToDatAndBack_GivesTheSameFile()
    {
        var dat = cli.PathOf("lipset.dat");
        var (code, stdout, stderr) = cli.Run("qmethod", "convert", "--from", LipsetFiles.PathOf("qsorts.csv"), "--to", dat);
        Assert.Equal(0, code);
        Assert.Equal($"Wrote {dat}: 9 Q-sorts of 33 statements.\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal("", stderr); // lipset's ids are sta_1..sta_33, which is what a .DAT reader gives back
        Assert.StartsWith("  0  9 33 lipset\r\n -4  4  0  0  2  3  4  5  5  5  4  3  2  0  0\r\n", File.ReadAllText(dat));

        Assert.Equal(0, cli.Run("qmethod", "convert", "--from", dat, "--to", cli.PathOf("back.csv")).Code);
        Assert.Equal(LipsetFiles.SortsCsv, File.ReadAllText(cli.PathOf("back.csv")));
    }

    [Fact]
    public void Convert_NameAndGridGiven_AreWrittenToTheDat()
    {
        var dat = cli.PathOf("out.dat");
        var (code, _, _) = cli.Run("qmethod", "convert", "--from", LipsetFiles.PathOf("qsorts.csv"), "--to", dat,
            "--name", "Lipset 1963", "--grid", "-4:2,3,4,5,5,5,4,3,2");
        Assert.Equal(0, code);
        var project = PqMethodDat.Read(File.ReadAllText(dat));
        Assert.Equal("Lipset 1963", project.Name);
        SortsAssert.Same(Lipset.Sorts, project.Sorts);
    }

    [Fact]
    public void Convert_OwnStatementIdsToDat_NotesThatTheyAreNotKept()
    {
        var csv = cli.Write("sorts.csv", "id,A,B\ncare,-1,1\ncost,0,0\ntime,1,-1\n");
        var (code, _, stderr) = cli.Run("qmethod", "convert", "--from", csv, "--to", cli.PathOf("s.dat"));
        Assert.Equal(0, code);
        Assert.Equal("poet: note: a .DAT file keeps no statement ids; reading it back names the statements sta_1 to sta_3.\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Convert_BadDat_Exits2AndWritesNothing()
    {
        var dat = cli.Write("bad.dat", "  0  2  3 Small\n -1  1  1  1  1\nAnn       -1 0 1\nBob        1 0\n");
        var (code, _, stderr) = cli.Run("qmethod", "convert", "--from", dat, "--to", cli.PathOf("out.csv"));
        Assert.Equal(2, code);
        Assert.Equal($"poet: {dat}: Q-sort 'Bob' (line 4) ranks 2 statements, but the file has 3; every Q-sort must place every statement.\n",
            stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(cli.PathOf("out.csv")));
    }

    [Fact]
    public void Convert_SortNameTooLongForDat_Exits2AndWritesNothing()
    {
        var csv = cli.Write("sorts.csv", "id,Participant1,B\ns1,-1,1\ns2,0,0\ns3,1,-1\n");
        var (code, _, stderr) = cli.Run("qmethod", "convert", "--from", csv, "--to", cli.PathOf("s.dat"));
        Assert.Equal(2, code);
        Assert.Equal("poet: The Q-sort name 'Participant1' is longer than the 8 characters PQMethod allows; shorten it before writing a .DAT file.\n",
            stderr.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(cli.PathOf("s.dat")));
    }

    [Theory]
    [InlineData("out.txt", new string[0], "--to must name a .csv or .dat file; '{to}' is neither.")]
    [InlineData("out.csv", new[] { "--name", "X" }, "--grid and --name describe a PQMethod project; give them only when --to is a .dat file.")]
    public void Convert_BadTarget_Exits2(string to, string[] extra, string message)
    {
        var target = cli.PathOf(to);
        var (code, _, stderr) = cli.Run(["qmethod", "convert", "--from", LipsetFiles.PathOf("qsorts.csv"), "--to", target, .. extra]);
        Assert.Equal(2, code);
        Assert.Equal($"poet: {message.Replace("{to}", target, StringComparison.Ordinal)}\n", stderr.ReplaceLineEndings("\n"));
    }
}
