using System.Text;
using Poet.Analysis.QMethod;
using Poet.Analysis.QMethod.Formats;
using Poet.Analysis.Text;

namespace Poet.Cli;

/// <summary>poet qmethod analyze and poet qmethod convert: file in, file out, every computation in Poet.Analysis.</summary>
internal static class QMethodCommands
{
    private enum FileFormat { Csv, Dat }

    public static int Analyze(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse("poet qmethod analyze", args, ["sorts", "factors", "extraction", "rotation", "rotate", "bootstrap", "seed", "grid", "out"], ["rotate"]);
        var sortsPath = options.Required("sorts", "FILE.csv (the Q-sorts, statements in rows and Q-sorts in columns)");
        var factorsText = options.Required("factors", "N (how many factors to extract, such as 2)");
        var outPath = options.Required("out", "RESULT.json (where to write the analysis)");
        if (!int.TryParse(factorsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var factors) || factors < 1)
            throw new CliInputException($"--factors must be a whole number of at least 1, such as 2; '{factorsText}' is not.");
        var extraction = options.Get("extraction")?.ToLowerInvariant() switch
        {
            null or "pca" => ExtractionMethod.PrincipalComponents,
            "centroid" => ExtractionMethod.Centroid,
            var other => throw new CliInputException($"--extraction must be pca or centroid; '{other}' is neither."),
        };
        var rotation = options.Get("rotation")?.ToLowerInvariant() switch
        {
            null or "varimax" => RotationMethod.Varimax,
            "none" => RotationMethod.None,
            var other => throw new CliInputException($"--rotation must be varimax or none; '{other}' is neither."),
        };
        var grid = options.Get("grid") is { } gridText ? GridNotation.Parse(gridText) : null;
        var handRotations = options.GetAll("rotate").Select(text =>
        {
            try { return HandRotation.Parse(text); }
            catch (QMethodInputException) { throw new CliInputException($"--rotate takes two factors and an angle in degrees, such as --rotate \"{HandRotation.Example}\" to turn f1 and f2 by 15 degrees; '{text}' is not."); }
        }).ToArray();

        int? steps = null;
        if (options.Get("bootstrap") is { } stepsText)
            steps = int.TryParse(stepsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Bootstrap.MaxSteps
                ? n : throw new CliInputException($"--bootstrap must be a whole number of resamples from 1 to {Bootstrap.MaxSteps}, such as 1000; '{stepsText}' is not.");
        var seed = 1;
        if (options.Get("seed") is { } seedText)
        {
            if (steps is null) throw new CliInputException("--seed sets the bootstrap's random draws; give it with --bootstrap N.");
            if (!int.TryParse(seedText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out seed))
                throw new CliInputException($"--seed must be a whole number, such as 2016; '{seedText}' is not.");
        }

        var (sorts, project) = ReadSorts(sortsPath, "--sorts");
        // qmethod's forced = TRUE takes the grid from the first Q-sort; a .DAT file states its own.
        grid ??= project?.Grid ?? Grid.FromSort(sorts.Sort(0));
        var analysisOptions = new QAnalysisOptions(factors, grid) { Extraction = extraction, Rotation = rotation, HandRotations = handRotations };
        var result = QAnalysis.Run(sorts, analysisOptions);
        var bootstrap = steps is { } count ? Bootstrap.Run(sorts, analysisOptions, count, seed) : null;

        using var json = new MemoryStream();
        QResultJson.Write(result, json, bootstrap);
        WriteFile(outPath, json.ToArray());
        foreach (var warning in result.Warnings) stderr.WriteLine("poet: warning: " + warning);
        var extras = (handRotations.Length > 0 ? $", {Wording.Count(handRotations.Length, "hand rotation")}" : "")
            + (bootstrap is null ? "" : $", bootstrapped with {Wording.Count(bootstrap.Steps, "resample")} (seed {seed}; {bootstrap.UsedSteps} used, {bootstrap.OrderErrors} left out because one factor matched two)");
        stdout.WriteLine($"Wrote {outPath}: {Wording.Count(factors, "factor")} from {sorts.SortCount} Q-sorts of {sorts.StatementCount} statements{extras}.");
        return Program.Success;
    }

    public static int Convert(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse("poet qmethod convert", args, ["from", "to", "grid", "name"]);
        var fromPath = options.Required("from", "FILE.csv or FILE.dat");
        var toPath = options.Required("to", "FILE.csv or FILE.dat");
        var target = FormatOf(toPath, "--to");
        if (target == FileFormat.Csv && (options.Get("grid") ?? options.Get("name")) is not null)
            throw new CliInputException("--grid and --name describe a PQMethod project; give them only when --to is a .dat file.");
        var grid = options.Get("grid") is { } gridText ? GridNotation.Parse(gridText) : null;

        var (sorts, project) = ReadSorts(fromPath, "--from");
        string text;
        if (target == FileFormat.Csv)
            text = QSortCsv.Write(sorts);
        else
        {
            grid ??= project?.Grid ?? Grid.FromSort(sorts.Sort(0));
            var name = options.Get("name") ?? project?.Name ?? Path.GetFileNameWithoutExtension(toPath);
            text = PqMethodDat.Write(new PqMethodProject(name, grid, sorts));
            if (!sorts.StatementIds.Select((id, i) => id == $"sta_{i + 1}").All(same => same))
                stderr.WriteLine($"poet: note: a .DAT file keeps no statement ids; reading it back names the statements sta_1 to sta_{sorts.StatementCount}.");
        }
        WriteFile(toPath, Encoding.UTF8.GetBytes(text));
        stdout.WriteLine($"Wrote {toPath}: {sorts.SortCount} Q-sorts of {sorts.StatementCount} statements.");
        return Program.Success;
    }

    private static (QSortSet Sorts, PqMethodProject? Project) ReadSorts(string path, string option)
    {
        var format = FormatOf(path, option);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException($"The file '{path}' does not exist; check the path given to {option}.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"Cannot read '{path}': {e.Message}");
        }
        try
        {
            if (format == FileFormat.Csv) return (QSortCsv.Read(text), null);
            var project = PqMethodDat.Read(text);
            return (project.Sorts, project);
        }
        catch (QMethodInputException e)
        {
            throw new CliInputException($"{path}: {e.Message}");
        }
    }

    private static FileFormat FormatOf(string path, string option) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => FileFormat.Csv,
        ".dat" => FileFormat.Dat,
        _ => throw new CliInputException($"{option} must name a .csv or .dat file; '{path}' is neither."),
    };

    /// <summary>The whole file is made in memory first, so a failure never leaves half a file behind.</summary>
    private static void WriteFile(string path, byte[] content)
    {
        try
        {
            File.WriteAllBytes(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"Cannot write '{path}': {e.Message}");
        }
    }
}
