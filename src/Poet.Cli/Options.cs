namespace Poet.Cli;

/// <summary>
/// "--name value" (or "--name=value") pairs. Every option takes a value, so a value may start with a dash
/// (--grid "-4:2,3,4"). Unknown, repeated or value-less options are refused with a message naming them.
/// </summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values;

    private Options(Dictionary<string, string> values) => this.values = values;

    public static Options Parse(string command, IReadOnlyList<string> args, IReadOnlyList<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new CliInputException($"Unexpected argument '{arg}' for '{command}'; run 'poet --help' for the usage.");
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            if (!known.Contains(name))
                throw new CliInputException(
                    $"Unknown option '--{name}' for '{command}'; its options are {string.Join(", ", known.Select(k => "--" + k))}.");
            if (values.ContainsKey(name))
                throw new CliInputException($"The option --{name} is given more than once; give it once.");
            if (equals > 0) values[name] = arg[(equals + 1)..];
            else if (i + 1 < args.Count) values[name] = args[++i];
            else throw new CliInputException($"The option --{name} needs a value.");
        }
        return new Options(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public string Required(string name, string example) =>
        values.GetValueOrDefault(name) ?? throw new CliInputException($"Give --{name} {example}.");
}
