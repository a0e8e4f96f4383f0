using System.Diagnostics;
using System.Globalization;
using System.Net;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Bench;

public sealed record CrashOptions(DatabaseProvider Provider, string? Connection, int Respondents, int Cycles, int Seconds, int Invitations, string? ServerDll,
    double MixSeconds, int Seed)
{
    public const string Usage = "Usage: crash --provider sqlite|postgres [--connection \"...\"] [--respondents 200] [--cycles 9] [--seconds 8] [--mix-seconds 3] [--invitations N] [--seed N] [--server Poet.Web.dll]";

    public static CrashOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--")) return Fail($"Expected an option at \"{args[i]}\"");
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 == 1) return Fail($"Option {args[^1]} needs a value");
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var (respondents, cycles, seconds) = (Int("respondents", 200), Int("cycles", 9), Int("seconds", 8));
        return new CrashOptions(DatabaseSetup.ParseProvider(values.GetValueOrDefault("provider")), values.GetValueOrDefault("connection"),
            respondents, cycles, seconds, Int("invitations", Math.Max(1000, respondents * (cycles + 1) * seconds / 4)), values.GetValueOrDefault("server"),
            values.TryGetValue("mix-seconds", out var mix) ? double.Parse(mix, CultureInfo.InvariantCulture) : 3, Int("seed", Random.Shared.Next()));
    }

    private static CrashOptions? Fail(string message)
    {
        Console.Error.WriteLine(message + ". " + Usage);
        return null;
    }
}

/// <summary>
/// dotnet run -c Release --project bench/Poet.Bench -- crash --provider sqlite|postgres [--respondents 200] [--cycles 9] [--seconds 8]
///     [--mix-seconds 3] [--connection "..."] [--invitations N] [--seed N] [--server path/to/Poet.Web.dll]
/// Kill -9 durability: seeds a round, starts the Release build of POET, and drives respondents through the survey while the
/// server is killed with SIGKILL at a random moment of each cycle (uniform in 10-100 % of --seconds after the first save
/// it acknowledged, so that saves and submissions are flowing, not the cold start) and restarted on the same database, same port and same Poet:SecretKey. The mix runs every --mix-seconds, so
/// kills also land inside mixes. After the last restart the respondents carry on for --seconds more, then stop between
/// requests. Verification, as a user would see it: every acknowledged submission's link says it was submitted, every
/// acknowledged page save of an unsubmitted link is still shown on its page; and in the database, the mixed responses
/// plus the waiting sealed submissions are exactly the acknowledged submissions, by content (none lost, none doubled).
/// PostgreSQL: a throwaway cluster on 127.0.0.1:55611 (bench/results/staff-survey-load.md says how), or --connection.
/// Build the server first: dotnet build -c Release src/Poet.Web
/// </summary>
public static class CrashHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CrashOptions.Parse(args);
        if (options is null) return 2;
        var dll = options.ServerDll ?? Path.Combine(LoadHarness.RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"No Release build of POET at {dll}. Run: dotnet build -c Release src/Poet.Web");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("poet-crash-").FullName;
        var connection = options.Connection ?? (options.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(work, "poet.db")}"
            : "Host=127.0.0.1;Port=55611;Username=postgres;Database=poet_crash");
        var database = new LoadDatabase(options.Provider, connection);
        var started = DateTime.UtcNow;
        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();

        Console.WriteLine($"Seed {options.Seed}. Seeding {options.Invitations:N0} invitations ({options.Provider}) in {work} ...");
        var round = await database.CreateAsync(options.Invitations);
        var secretKey = LoadHarness.NewSecretKey();
        var port = LoadHarness.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var random = new Random(options.Seed);
        string[] extra = ["--Poet:MixInterval", TimeSpan.FromSeconds(options.MixSeconds).ToString("c", CultureInfo.InvariantCulture)];

        var coldStarts = new List<TimeSpan>();
        var kills = new List<(TimeSpan Warm, TimeSpan Up, int Saves, int Submissions)>();
        Process? server = null;
        async Task StartAsync()
        {
            var timer = Stopwatch.StartNew();
            server = LoadHarness.StartServer(dll, Path.Combine(work, $"server{coldStarts.Count}"), options.Provider, connection, port, secretKey, migrateOnStart: false, extra);
            coldStarts.Add(await LoadHarness.WaitForHealthAsync(server, address, timer));
        }

        var next = -1;
        string? NextToken() => Interlocked.Increment(ref next) is var i && i < round.Tokens.Count ? round.Tokens[i] : null;
        var respondents = Enumerable.Range(0, options.Respondents).Select(n => new CrashRespondent(address, round, NextToken, options.Seed + n + 1)).ToList();
        var stopping = false;
        int Saves() => respondents.Sum(r => r.AcknowledgedSaves);
        int Submissions() => respondents.Sum(r => r.AcknowledgedSubmissions);
        try
        {
            await StartAsync();
            Console.WriteLine($"POET up on port {port} after {coldStarts[0].TotalSeconds:F1} s; {options.Respondents} respondents, {options.Cycles} kill cycles of up to {options.Seconds} s.");
            var running = respondents.Select(r => Task.Run(() => r.RunAsync(() => !Volatile.Read(ref stopping)))).ToList();
            for (var cycle = 1; cycle <= options.Cycles; cycle++)
            {
                // The cycle's clock starts when saves flow again: on a busy machine a freshly started (cold) server can take
                // longer than a whole cycle to get 200 respondents past their first page, and a kill then would test nothing.
                var (savesBefore, flowing) = (Saves(), Stopwatch.StartNew());
                while (Saves() == savesBefore && flowing.Elapsed < TimeSpan.FromSeconds(120)) await Task.Delay(20);
                var warm = flowing.Elapsed;
                var up = TimeSpan.FromSeconds(options.Seconds * (0.1 + 0.9 * random.NextDouble()));
                await Task.Delay(up);
                server!.Kill(); // SIGKILL: no shutdown, no flush, requests cut off mid-flight
                await server.WaitForExitAsync();
                server.Dispose();
                kills.Add((warm, up, Saves(), Submissions()));
                Console.WriteLine($"  cycle {cycle}: first save {warm.TotalSeconds:F1} s after healthy, SIGKILL {up.TotalSeconds:F1} s later; so far {kills[^1].Saves:N0} saves and {kills[^1].Submissions:N0} submissions acknowledged");
                await StartAsync();
                Console.WriteLine($"           restarted in {coldStarts[^1].TotalSeconds:F1} s");
            }
            // Let interrupted journeys come back and the mix run on a server nobody kills, then stop between requests.
            await Task.Delay(TimeSpan.FromSeconds(options.Seconds));
            Volatile.Write(ref stopping, true);
            await Task.WhenAll(running);
            var journeys = respondents.SelectMany(r => r.Journeys).ToList();

            Console.WriteLine($"Verifying {journeys.Count:N0} links over HTTP ...");
            var links = await VerifyLinksAsync(address, journeys);
            var stopTimer = Stopwatch.StartNew();
            await LoadHarness.StopAsync(server!);
            Console.WriteLine($"Stopped POET with SIGTERM in {stopTimer.Elapsed.TotalSeconds:F1} s; reading the database ...");
            var (mixed, waiting, unopened) = await database.SubmittedAsync(round.RoundId, secretKey);
            var content = CompareContent(journeys.Where(j => j.Submitted).Select(Expected), mixed.Concat(waiting).Select(Stored));

            var result = new CrashResult(options, journeys, respondents.Sum(r => r.FailedRequests), respondents.SelectMany(r => r.Errors).ToList(),
                respondents.Sum(r => r.ResumeChecks), links, mixed.Count, waiting.Count, unopened, content, coldStarts, kills, started, loadBefore,
                File.ReadAllText("/proc/loadavg").Trim(), connection);
            CrashReport.Print(result);
            return result.Failed ? 1 : 0;
        }
        finally
        {
            if (server is { HasExited: false }) server.Kill(entireProcessTree: true);
            respondents.ForEach(r => r.Dispose());
        }
    }

    /// <summary>What the links say now, from a fresh browser (no cookies): submitted, or the saved answers still on their pages.</summary>
    private static async Task<LinkCheck> VerifyLinksAsync(Uri address, List<CrashJourney> journeys)
    {
        using var verifier = new CrashRespondent(address, null!, () => null, 0);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var (notSubmitted, checkedSaves, unsubmittedLinks) = (0, 0, 0);
        await Parallel.ForEachAsync(journeys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (j, _) =>
        {
            var html = await http.GetStringAsync(j.Link);
            var says = CrashPages.H1(html) == CrashJourney.SubmittedHeading;
            if (!j.Submitted && j.InDoubtSubmits > 0 && says) j.ConfirmedByLink = true; // in flight at a kill, not retried before the stop
            if (j.Submitted)
            {
                if (!says) Interlocked.Increment(ref notSubmitted);
                return;
            }
            if (says) lock (j) j.Anomalies.Add("the link says submitted, but no submission was ever sent");
            if (j.Acknowledged.Count == 0) return;
            Interlocked.Increment(ref unsubmittedLinks);
            foreach (var page in j.Acknowledged.ToList())
            {
                Interlocked.Increment(ref checkedSaves);
                await verifier.CheckSavedAsync(j, page, "at the end");
            }
        });
        return new LinkCheck(notSubmitted, unsubmittedLinks, checkedSaves);
    }

    /// <summary>A response by content: every answer (statement, value, whether commented), the about-you answers and the outcomes.</summary>
    private static string Stored(Response r) => Fingerprint(r.PartnerOrganisationId, r.ProfessionalGroupId, r.RoleTitle,
        r.Answers.Select(a => (a.RoundItemId, a.Value, a.Comment)), r.Outcomes.OrderBy(o => o.Order).Select(o => (o.Outcome, o.Rationale)));

    private static string Expected(CrashJourney j)
    {
        var about = j.Fields[1].ToDictionary(f => f.Key, f => f.Value);
        int? Choice(string key) => about.GetValueOrDefault(key) is { } v && v != "other" ? int.Parse(v) : null;
        var answers = new List<(int, int?, string?)>();
        foreach (var page in j.Fields.Keys.Where(p => p > 1 && p < j.Outcomes).Order())
        {
            var f = j.Fields[page].ToDictionary(x => x.Key, x => x.Value);
            for (var n = 0; f.TryGetValue($"Answers[{n}].RoundItemId", out var item); n++)
                answers.Add((int.Parse(item), f.TryGetValue($"Answers[{n}].Value", out var v) ? int.Parse(v) : null, f.GetValueOrDefault($"Answers[{n}].Comment")));
        }
        var outcomes = j.Fields[j.Outcomes].ToDictionary(x => x.Key, x => x.Value);
        return Fingerprint(Choice("Form.Employer"), Choice("Form.Group"), about.GetValueOrDefault("Form.RoleTitle"), answers,
            [(outcomes["Rows[0].Outcome"], outcomes["Rows[0].Rationale"])]);
    }

    private static string Fingerprint(int? partner, int? group, string? role, IEnumerable<(int Item, int? Value, string? Comment)> answers, IEnumerable<(string, string)> outcomes) =>
        $"{partner}|{group}|{role}|{string.Join(',', answers.OrderBy(a => a.Item).Select(a => $"{a.Item}:{a.Value}{(a.Comment is null ? "" : "c")}"))}|{string.Join(';', outcomes)}";

    /// <summary>Matches the submissions people were told are in against what is stored, as multisets of contents.</summary>
    private static ContentCheck CompareContent(IEnumerable<string> expected, IEnumerable<string> stored)
    {
        var want = expected.CountBy(x => x).ToDictionary();
        var have = stored.CountBy(x => x).ToDictionary();
        var lost = want.Sum(w => Math.Max(0, w.Value - have.GetValueOrDefault(w.Key)));
        var duplicates = have.Where(h => want.ContainsKey(h.Key)).Sum(h => Math.Max(0, h.Value - want[h.Key]));
        var unexpected = have.Where(h => !want.ContainsKey(h.Key)).Sum(h => h.Value);
        return new ContentCheck(want.Values.Sum(), have.Values.Sum(), lost, duplicates, unexpected);
    }
}

public sealed record LinkCheck(int AcknowledgedNotSaidSubmitted, int UnsubmittedLinksWithSaves, int SavesChecked);

public sealed record ContentCheck(int Expected, int Stored, int Lost, int Duplicates, int Unexpected);

public sealed record CrashResult(CrashOptions Options, List<CrashJourney> Journeys, int FailedRequests, List<string> Errors, int ResumeChecks, LinkCheck Links,
    int Mixed, int Waiting, int Unopened, ContentCheck Content, List<TimeSpan> ColdStarts, List<(TimeSpan Warm, TimeSpan Up, int Saves, int Submissions)> Kills,
    DateTime Started, string LoadBefore, string LoadAfter, string Connection)
{
    public int LostSaves => Journeys.Sum(j => j.Lost.Count);
    public int LostSubmissions => Math.Max(Content.Lost, Links.AcknowledgedNotSaidSubmitted);
    public int Anomalies => Journeys.Sum(j => j.Anomalies.Count);
    public bool Failed => LostSaves > 0 || LostSubmissions > 0 || Content.Duplicates > 0 || Content.Unexpected > 0 || Unopened > 0 || Anomalies > 0;
}

/// <summary>Prints the crash run as Markdown, ready for bench/results.</summary>
public static class CrashReport
{
    public static void Print(CrashResult r)
    {
        var o = r.Options;
        var j = r.Journeys;
        string Yes(int n) => n == 0 ? "0" : $"**{n}**";
        Console.WriteLine();
        Console.WriteLine($"### Kill -9 during load: {o.Provider}, {o.Respondents} respondents, {o.Cycles} cycles of up to {o.Seconds} s (seed {o.Seed})");
        Console.WriteLine();
        Console.WriteLine($"- Date: {r.Started:yyyy-MM-dd HH:mm}–{DateTime.UtcNow:HH:mm} UTC; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"- Load average (1, 5, 15 min) before: {string.Join(", ", r.LoadBefore.Split(' ').Take(3))}; after: {string.Join(", ", r.LoadAfter.Split(' ').Take(3))}");
        Console.WriteLine($"- Database: {o.Provider}, {o.Invitations:N0} invitations; mix every {o.MixSeconds:0.#} s; SIGKILL {string.Join(", ", r.Kills.Select(k => $"{k.Up.TotalSeconds:F1}"))} s after saves flowed again");
        Console.WriteLine($"- From each (re)started server answering /health to its first acknowledged save: {string.Join(", ", r.Kills.Select(k => $"{k.Warm.TotalSeconds:F1}"))} s");
        Console.WriteLine($"- Restarts (process start to first 200 from /health): {string.Join(", ", r.ColdStarts.Skip(1).Select(c => $"{c.TotalSeconds:F1}"))} s");
        Console.WriteLine();
        Console.WriteLine("| Cycles | Acknowledged saves | Acknowledged submissions | Lost saves | Lost submissions | Duplicates |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine($"| {o.Cycles} | {j.Sum(x => x.AcknowledgedSaves):N0} | {j.Count(x => x.SubmitAcknowledged):N0} | {Yes(r.LostSaves)} | {Yes(r.LostSubmissions)} | {Yes(r.Content.Duplicates)} |");
        Console.WriteLine();
        Console.WriteLine("| Detail | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Links used; journeys submitted / still open at the end | {j.Count:N0}; {j.Count(x => x.Submitted):N0} / {j.Count(x => !x.Submitted):N0} |");
        Console.WriteLine($"| Requests cut off by a kill or refused while POET was down | {r.FailedRequests:N0} |");
        Console.WriteLine($"| Of them in flight: page saves / submissions (outcome unknown to the respondent) | {j.Sum(x => x.InDoubtSaves):N0} / {j.Sum(x => x.InDoubtSubmits):N0} |");
        Console.WriteLine($"| In-flight submissions the link then confirmed (\"already submitted\"; committed, not acknowledged) | {j.Count(x => x.ConfirmedByLink):N0} |");
        Console.WriteLine($"| Resumes after a failure whose last saved page was checked | {r.ResumeChecks:N0} |");
        Console.WriteLine($"| End: links of acknowledged or confirmed submissions not saying \"already submitted\" | {Yes(r.Links.AcknowledgedNotSaidSubmitted)} of {j.Count(x => x.Submitted):N0} |");
        Console.WriteLine($"| End: acknowledged saves checked on the pages of unsubmitted links | {r.Links.SavesChecked:N0} pages of {r.Links.UnsubmittedLinksWithSaves:N0} links |");
        Console.WriteLine($"| Stored: mixed responses + waiting sealed submissions | {r.Mixed:N0} + {r.Waiting:N0} = {r.Mixed + r.Waiting:N0} (acknowledged {j.Count(x => x.SubmitAcknowledged):N0} + confirmed {j.Count(x => x.ConfirmedByLink):N0} = {r.Content.Expected:N0}){(r.Unopened > 0 ? $"; **{r.Unopened} did not open**" : "")} |");
        Console.WriteLine($"| By content: missing / doubled / matching nothing sent | {Yes(r.Content.Lost)} / {Yes(r.Content.Duplicates)} / {Yes(r.Content.Unexpected)} |");
        Console.WriteLine($"| Unexplained answers from a running server (status or redirect) | {r.Errors.Count} requests; anomalies {Yes(r.Anomalies)} |");
        Console.WriteLine($"| Result | {(r.Failed ? "**FAILED**" : "nothing lost, nothing doubled")} |");
        foreach (var lost in j.SelectMany(x => x.Lost).Concat(j.SelectMany(x => x.Anomalies)).GroupBy(x => x).OrderByDescending(g => g.Count()).Take(8))
            Console.WriteLine($"\nLost/anomaly ×{lost.Count()}: {lost.Key}");
        foreach (var error in r.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(5))
            Console.WriteLine($"\nUnexpected ×{error.Count()}: {error.Key}");
    }
}
