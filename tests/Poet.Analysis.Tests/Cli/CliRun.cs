namespace Poet.Analysis.Tests.Cli;

/// <summary>Runs `poet` in-process in a temporary folder of its own and captures what it prints.</summary>
public sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("poet-cli-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return PathOf(name);
    }

    public (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Poet.Cli.Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
