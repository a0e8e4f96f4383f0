using Poet.Analysis.QMethod;

namespace Poet.Cli;

public static class Program
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public const string Usage = """
        Usage:
          poet qmethod analyze --sorts FILE.csv --factors N [--extraction pca|centroid] [--rotation varimax|none]
                               [--rotate "1,2:15" ...] [--bootstrap N [--seed S]]
                               [--grid "-4:2,3,4,5,5,5,4,3,2"] --out RESULT.json
          poet qmethod convert --from FILE.csv|FILE.dat --to FILE.csv|FILE.dat [--grid "-4:2,3,..."] [--name "Project"]
          poet migrate [--settings appsettings.json] [--provider sqlite|postgres] [--connection "Host=...;Database=poet"]

        Exit codes: 0 done, 2 bad input (the reason is printed on one line), 3 the database cannot be reached,
        1 anything else.
        """;

    public static int Main(string[] args)
    {
        // One process, one analysis: Math.NET's parallel loops cost more in thread start-up than they save at Q sizes
        // (a whole 100 x 1,000 run, bench/results/analysis.md).
        MathNet.Numerics.Control.UseSingleThread();
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs one command; everything it prints goes to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args switch
            {
                [] or ["help"] or ["--help"] or ["-h"] => Help(stdout),
                ["qmethod", "analyze", .. var rest] => QMethodCommands.Analyze(rest, stdout, stderr),
                ["qmethod", "convert", .. var rest] => QMethodCommands.Convert(rest, stdout, stderr),
                ["migrate", .. var rest] => MigrateCommand.Run(rest, stdout, stderr),
                ["qmethod"] => throw new CliInputException("Give a qmethod command: analyze or convert; run 'poet --help' for the usage."),
                ["qmethod", var other, ..] => throw new CliInputException($"Unknown command 'qmethod {other}'; the qmethod commands are analyze and convert."),
                _ => throw new CliInputException($"Unknown command '{args[0]}'; run 'poet --help' for the commands."),
            };
        }
        catch (Exception e) when (e is CliInputException or QMethodInputException)
        {
            stderr.WriteLine("poet: " + e.Message.ReplaceLineEndings(" "));
            return BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"poet: unexpected error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return Failure;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return Success;
    }
}
