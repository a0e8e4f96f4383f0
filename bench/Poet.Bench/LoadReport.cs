using System.Diagnostics;

namespace Poet.Bench;

/// <summary>Prints the run as Markdown, ready for bench/results.</summary>
public static class LoadReport
{
    public static void Print(LoadOptions options, string connection, LoadResult run, TimeSpan coldStart, TimeSpan firstPage, (long PeakKb, long NowKb) memory,
        string loadBefore, string loadAfter, StoredCounts stored, int answersPerResponse, bool verified, TimeSpan stopped, bool verifiedAfterStop)
    {
        var window = run.Samples.Where(s => s.StartTicks >= run.WarmupTicks && s.StartTicks + s.Ticks <= run.EndTicks).ToList();
        var seconds = run.Measured.TotalSeconds;
        var saves = window.Where(s => s.Kind == RequestKind.Save).ToList();
        var posts = window.Where(s => s.Kind != RequestKind.Get).ToList();
        var failed = run.Samples.Count(s => !s.Ok);

        Console.WriteLine();
        Console.WriteLine(options.OpenLoop
            ? $"### {options.Provider}, {options.Instances} instance(s), open loop: {options.Arrivals} respondents arriving over {options.ArriveOverSeconds} s, {options.ThinkMinSeconds}-{options.ThinkMaxSeconds} s per page, {options.DurationSeconds} s measured"
            : $"### {options.Provider}, {options.Instances} instance(s), {options.Respondents} respondents, {options.DurationSeconds} s (+{options.WarmupSeconds} s warm-up)");
        Console.WriteLine();
        Console.WriteLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"- Load average (1, 5, 15 min) before: {Load(loadBefore)}; after: {Load(loadAfter)}");
        Console.WriteLine($"- Database: {options.Provider} `{Redact(connection)}`, {options.Invitations:N0} invitations seeded");
        Console.WriteLine();
        Console.WriteLine("| Measure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Page saves per second (sections 1-4 POSTs) | **{saves.Count / seconds:F0}** ({saves.Count:N0} in {seconds:F0} s) |");
        Console.WriteLine($"| Page save latency p50 / p95 / p99 / max | {Percentiles(saves)} |");
        Console.WriteLine($"| All POSTs (start, saves, submit) per second; p50 / p95 / p99 | {posts.Count / seconds:F0}; {Percentiles(posts, withMax: false)} |");
        Console.WriteLine($"| Page GETs per second; p50 / p95 / p99 | {(window.Count - posts.Count) / seconds:F0}; {Percentiles(window.Where(s => s.Kind == RequestKind.Get).ToList(), withMax: false)} |");
        Console.WriteLine($"| Submissions acknowledged (whole run) | {run.Submitted:N0} of {run.TokensUsed:N0} journeys begun |");
        Console.WriteLine($"| Errors (non-2xx/3xx, wrong redirect, timeout) | {run.Errors.Count} journeys, {failed} requests |");
        Console.WriteLine($"| Server peak RSS (VmHWM) / RSS at end (largest instance) | {memory.PeakKb / 1024.0:F0} MB / {memory.NowKb / 1024.0:F0} MB |");
        Console.WriteLine($"| CPU in the measured window: server / load generator (of {2 * seconds:F0} core-seconds) | {run.ServerCpuSeconds:F1} s / {run.ClientCpuSeconds:F1} s; server {1000 * run.ServerCpuSeconds / Math.Max(1, window.Count):F2} ms per request, {1000 * run.ServerCpuSeconds / Math.Max(1, saves.Count):F1} ms per page save (all its requests included) |");
        Console.WriteLine($"| Cold start (process start to first 200 from /health) | {coldStart.TotalMilliseconds:F0} ms; first survey page after that {firstPage.TotalMilliseconds:F0} ms |");
        Console.WriteLine($"| Stored: submissions (mixed responses + waiting sealed) / their answers / their outcomes | {stored.Submitted:N0} ({stored.Mixed:N0} + {stored.Waiting:N0}) / {stored.SubmittedAnswers:N0} / {stored.SubmittedOutcomes:N0} (expected {run.Submitted:N0} / {run.Submitted * answersPerResponse:N0} / {run.Submitted:N0}){(stored.Unopened > 0 ? $"; **{stored.Unopened} sealed rows did not open**" : "")} |");
        Console.WriteLine($"| No lost writes | {(verified ? "yes" : "**NO**")}; after graceful shutdown ({stopped.TotalSeconds:F1} s): {(verifiedAfterStop ? "unchanged" : "**changed**")} |");
        foreach (var error in run.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(5))
            Console.WriteLine($"\nError ×{error.Count()}: {error.Key}");
    }

    private static string Percentiles(List<Sample> samples, bool withMax = true)
    {
        if (samples.Count == 0) return "n/a";
        var ms = samples.Select(s => s.Ticks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        double P(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
        var text = $"{P(0.50):F1} / {P(0.95):F1} / {P(0.99):F1} ms";
        return withMax ? $"{text} / {ms[^1]:F0} ms" : text;
    }

    private static string Load(string loadavg) => string.Join(", ", loadavg.Split(' ').Take(3));

    private static string Redact(string connection) => string.Join(';', connection.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
