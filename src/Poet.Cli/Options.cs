namespace Poet.Cli;

/// <summary>
/// "--name value" (or "--name=value") pairs. Every option takes a value, so a value may start with a dash
/// (--grid "-4:2,3,4"). Unknown or value-less options are refused with a message naming them, and so is a repeated one
/// unless it is listed in <c>repeatable</c> (such as --rotate), whose values are kept in order.
/// </summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values;
    private readonly Dictionary<string, List<string>> repeated;

    private Options(Dictionary<string, string> values, Dictionary<string, List<string>> repeated)
    {
        this.values = values;
        this.repeated = repeated;
    }

    public static Options Parse(string command, IReadOnlyList<string> args, IReadOnlyList<string> known, IReadOnlyList<string>? repeatable = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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
            var many = repeatable?.Contains(name) == true;
            if (!many && values.ContainsKey(name))
                throw new CliInputException($"The option --{name} is given more than once; give it once.");
            string value;
            if (equals > 0) value = arg[(equals + 1)..];
            else if (i + 1 < args.Count) value = args[++i];
            else throw new CliInputException($"The option --{name} needs a value.");
            values[name] = value;
            if (many)
            {
                if (!repeated.TryGetValue(name, out var list)) repeated[name] = list = [];
                list.Add(value);
            }
        }
        return new Options(values, repeated);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>Every value of a repeatable option, in the order given; empty when it is not given.</summary>
    public IReadOnlyList<string> GetAll(string name) => repeated.TryGetValue(name, out var list) ? list : [];

    public string Required(string name, string example) =>
        values.GetValueOrDefault(name) ?? throw new CliInputException($"Give --{name} {example}.");
}
