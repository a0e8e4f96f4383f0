using Poet.Data;

namespace Poet.Bench;

/// <summary>One measured workshop: what the voters saw, what the database holds, and the server's CPU time for it.</summary>
public sealed record WorkshopRun(int Run, VotePattern Pattern, VoteOutcome Outcome, StoredVotes Stored, double ServerCpuSeconds, string LoadBefore, int Voters, int Votes)
{
    public int Expected => Voters * Votes;

    /// <summary>No vote lost (every accepted vote stored, every voter has all their votes) and no allowance exceeded.</summary>
    public bool Verified => Outcome.Errors.Count == 0 && Outcome.Accepted == Expected && Stored.Total == Expected && Stored.Participants == Voters
        && Stored.FewestPerParticipant == Votes && Stored.MostPerParticipant == Votes && Stored.MostOnOneOutcome <= WorkshopRules.MaxVotesPerOutcome
        && (Pattern == VotePattern.Burst || Outcome.OverAllowanceRefused == Voters);

    public string Line() => $"run {Run} {Pattern}: {Outcome.Wall.TotalMilliseconds:F0} ms for {Outcome.Accepted} votes; p50/p95/p99 {WorkshopReport.Percentiles(Outcome.VoteMs)}; verified {Verified}";
}

public static class WorkshopReport
{
    public static void Print(DatabaseProvider provider, string connection, int voters, int votes, IReadOnlyList<WorkshopRun> runs)
    {
        Console.WriteLine();
        Console.WriteLine($"### {provider}, {voters} voters × {votes} votes");
        Console.WriteLine();
        Console.WriteLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; load generator on the same machine");
        Console.WriteLine($"- Database: {provider} `{connection.Split(';').FirstOrDefault(p => !p.StartsWith("Password", StringComparison.OrdinalIgnoreCase))}`");
        Console.WriteLine();
        Console.WriteLine("| Run | Pattern | Time to last of the votes | Votes per second | Vote POST p50 / p95 / p99 / max | Page after vote p50 / p99 | Server CPU | Refused past allowance | Stored (per voter min–max, most on one outcome) | No vote lost, allowance kept | Load avg before |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in runs)
        {
            var o = r.Outcome;
            Console.WriteLine($"| {r.Run} | {r.Pattern} | **{o.Wall.TotalMilliseconds:F0} ms** | {o.Accepted / o.Wall.TotalSeconds:F0} | {Percentiles(o.VoteMs)} / {(o.VoteMs.Length == 0 ? 0 : o.VoteMs[^1]):F0} ms | " +
                $"{(o.PageMs.Length == 0 ? "n/a" : $"{P(o.PageMs, 0.5):F1} / {P(o.PageMs, 0.99):F1} ms")} | {r.ServerCpuSeconds:F2} s | {(r.Pattern == VotePattern.Browser ? $"{o.OverAllowanceRefused} of {r.Voters}" : "n/a")} | " +
                $"{r.Stored.Total} ({r.Stored.FewestPerParticipant}–{r.Stored.MostPerParticipant}, {r.Stored.MostOnOneOutcome}) | {(r.Verified ? "yes" : "**NO**")} | {r.LoadBefore} |");
        }
        foreach (var e in runs.SelectMany(r => r.Outcome.Errors).GroupBy(e => e).Take(5)) Console.WriteLine($"\nError ×{e.Count()}: {e.Key}");
    }

    public static string Percentiles(double[] sorted) => sorted.Length == 0 ? "n/a" : $"{P(sorted, 0.5):F1} / {P(sorted, 0.95):F1} / {P(sorted, 0.99):F1}";

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
