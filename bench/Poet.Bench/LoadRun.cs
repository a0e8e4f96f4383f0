using System.Diagnostics;
using Poet.Data;

namespace Poet.Bench;

/// <param name="Arrivals">Open loop (0 = closed loop): this many respondents arrive, evenly spread over <paramref name="ArriveOverSeconds"/>,
/// each doing one journey and thinking <paramref name="ThinkMinSeconds"/> to <paramref name="ThinkMaxSeconds"/> on every page before saving it.</param>
public sealed record LoadOptions(DatabaseProvider Provider, string? Connection, int Respondents, int DurationSeconds, int WarmupSeconds, int Invitations, string? ServerDll, int Instances,
    int Arrivals = 0, int ArriveOverSeconds = 600, int ThinkMinSeconds = 20, int ThinkMaxSeconds = 90)
{
    public bool OpenLoop => Arrivals > 0;

    public static LoadOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--")) return Fail($"Expected an option at \"{args[i]}\"");
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 == 1) return Fail($"Option {args[^1]} needs a value");
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v) : fallback;
        var respondents = Int("respondents", 200);
        var duration = Int("duration", 60);
        var arrivals = Int("arrivals", 0);
        // Enough links that nobody runs out: a journey takes at least a few hundred milliseconds.
        var invitations = Int("invitations", arrivals > 0 ? arrivals : Math.Max(1000, respondents * (duration + Int("warmup", 5)) / 2));
        return new LoadOptions(DatabaseSetup.ParseProvider(values.GetValueOrDefault("provider")), values.GetValueOrDefault("connection"),
            arrivals > 0 ? arrivals : respondents, duration, arrivals > 0 ? 0 : Int("warmup", 5), invitations, values.GetValueOrDefault("server"), Math.Max(1, Int("instances", 1)),
            arrivals, Int("arrive-over", 600), Int("think-min", 20), Int("think-max", 90));
    }

    private static LoadOptions? Fail(string message)
    {
        Console.Error.WriteLine(message + ". Usage: load --provider sqlite|postgres [--connection \"...\"] [--respondents 200] [--duration 60] [--warmup 5] [--invitations N] [--server Poet.Web.dll] [--instances 1] [--arrivals 5000 --arrive-over 600 --think-min 20 --think-max 90 (open loop)]");
        return null;
    }
}

/// <summary>The samples of every respondent, and how many submissions the server acknowledged.</summary>
public sealed record LoadResult(IReadOnlyList<Sample> Samples, IReadOnlyList<string> Errors, int Submitted, int TokensUsed, TimeSpan Measured, long WarmupTicks, long EndTicks,
    double ServerCpuSeconds, double ClientCpuSeconds);

public static class LoadRun
{
    /// <summary>All respondents start together; samples from the warm-up are kept out of the figures (their submissions still count for verification).</summary>
    /// <param name="serverCpu">Reads the server's CPU seconds so far; sampled at the start and end of the measured window.</param>
    public static async Task<LoadResult> RunAsync(IReadOnlyList<Uri> servers, LoadRound round, LoadOptions options, Func<double> serverCpu)
    {
        var next = -1;
        string? NextToken() => Interlocked.Increment(ref next) is var i && i < round.Tokens.Count ? round.Tokens[i] : null;
        var clock = Stopwatch.StartNew();
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var end = warmup + TimeSpan.FromSeconds(options.DurationSeconds);
        Func<Random, TimeSpan>? think = options.OpenLoop
            ? random => TimeSpan.FromSeconds(options.ThinkMinSeconds + random.NextDouble() * (options.ThinkMaxSeconds - options.ThinkMinSeconds))
            : null;
        var respondents = Enumerable.Range(0, options.Respondents).Select(n => new Respondent(servers[n % servers.Count], round, NextToken, clock, n, think)).ToList();
        Console.WriteLine(options.OpenLoop
            ? $"Open loop: {options.Arrivals} respondents arriving over {options.ArriveOverSeconds} s, {options.ThinkMinSeconds}-{options.ThinkMaxSeconds} s per page, measured for {options.DurationSeconds} s ..."
            : $"Running {options.Respondents} respondents for {options.WarmupSeconds} s warm-up + {options.DurationSeconds} s ...");
        using var progress = new Timer(_ => Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s: {respondents.Sum(r => r.Submitted)} submitted"), null, 10_000, options.OpenLoop ? 60_000 : 10_000);
        var window = CpuWindowAsync(warmup, end, serverCpu);
        await Task.WhenAll(respondents.Select((r, n) => Task.Run(async () =>
        {
            if (!options.OpenLoop)
            {
                await r.RunAsync(() => clock.Elapsed < end);
                return;
            }
            // Evenly spread arrivals: respondent n opens the link at n/N of the arrival period, and makes one journey.
            var arrives = TimeSpan.FromSeconds(options.ArriveOverSeconds * (double)n / options.Arrivals);
            if (arrives > clock.Elapsed) await Task.Delay(arrives - clock.Elapsed);
            if (clock.Elapsed < end) await r.RunOnceAsync(() => clock.Elapsed < end);
        })));
        var (server, client) = await window;
        var samples = respondents.SelectMany(r => r.Samples).ToList();
        var result = new LoadResult(samples, respondents.SelectMany(r => r.Errors).ToList(), respondents.Sum(r => r.Submitted),
            Math.Min(next + 1, round.Tokens.Count), end - warmup, (long)(warmup.TotalSeconds * Stopwatch.Frequency), (long)(end.TotalSeconds * Stopwatch.Frequency), server, client);
        respondents.ForEach(r => r.Dispose());
        if (result.TokensUsed >= round.Tokens.Count) Console.WriteLine("Warning: every seeded link was used; respondents ran out of work. Raise --invitations.");
        return result;
    }

    private static async Task<(double Server, double Client)> CpuWindowAsync(TimeSpan warmup, TimeSpan end, Func<double> serverCpu)
    {
        await Task.Delay(warmup);
        var (server, client) = (serverCpu(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        await Task.Delay(end - warmup);
        return (serverCpu() - server, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - client);
    }
}
