using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Rounds;

namespace Poet.Bench;

/// <summary>
/// national: builds the synthetic national dataset in its own PostgreSQL database (dropped and recreated), runs the app's
/// own pre-aggregation for every round, opts nine in ten in, then times the host dashboard through a Release POET over HTTP.
/// </summary>
public static partial class NationalBench
{
    private const string AdminEmail = "host@national.bench", AdminPassword = "national bench host admin";

    /// <summary>The views of issue 20: a characteristic beside outcomes, and the trend by year (path and query).</summary>
    public static readonly (string Name, string Url)[] OutcomeViews =
    [
        ("What works for whom, by type", "/admin/national/outcomes?by=type"),
        ("What works for whom, by region", "/admin/national/outcomes?by=region"),
        ("What works for whom, by frame", "/admin/national/outcomes?by=frame"),
        ("What works for whom, by client group, one type", "/admin/national/outcomes?by=client&type=integrated-service"),
        ("What works for whom, by governance, years 2021-2024", "/admin/national/outcomes?by=governance&from=2021&to=2024"),
        ("Trends, everything", "/admin/national/trends"),
        ("Trends, one region", "/admin/national/trends?region=london"),
        ("Trends, frame, years 2021-2024", "/admin/national/trends?frame=third-way&from=2021&to=2024"),
    ];

    public static readonly (string Name, string Query)[] Views =
    [
        ("Everything (compare by year)", ""),
        ("One region", "region=london"),
        ("One type, one year", "type=integrated-service&from=2023&to=2023"),
        ("Client group and governance", "client=older-people&governance=pooled-budget"),
        ("Frame, years 2021-2024", "frame=third-way&from=2021&to=2024"),
        ("Everything, compared by region", "by=region"),
        ("Type, compared by client group", "type=integrated-service&by=client"),
        ("Years 2019-2025, compared by governance", "from=2019&to=2025&by=governance"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var server = Arg("--connection", "Host=127.0.0.1;Port=55516;Username=postgres");
        var database = Arg("--database", "poet_national_bench");
        var scale = double.Parse(Arg("--scale", "1"), System.Globalization.CultureInfo.InvariantCulture);
        var repeat = int.Parse(Arg("--repeat", "7"), System.Globalization.CultureInfo.InvariantCulture);
        if (!database.StartsWith("poet_national", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("The database name must start with poet_national: this command drops and recreates it.");
            return 2;
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 0 }.ConnectionString;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        if (!args.Contains("--skip-load")) await LoadAsync(connection, scale);
        if (!args.Contains("--skip-aggregate")) await AggregateAsync(connection);
        await PublishAsync(connection);
        var views = Views.Select(v => (v.Name, "/admin/national" + (v.Query.Length > 0 ? "?" + v.Query : "")));
        if (args.Contains("--outcome-views")) views = OutcomeViews.Prepend(("Dashboard, everything", "/admin/national"));
        var result = await TimeViewsAsync(connection, repeat, views.ToArray(), replica: false);
        // The same views through the read-replica path (ConnectionStrings:NationalReadReplica; here the same server).
        if (result == 0 && args.Contains("--replica")) result = await TimeViewsAsync(connection, repeat, views.ToArray(), replica: true);
        return result;
    }

    private static PostgresPoetDb Open(string connection) => new(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql(connection).Options);

    private static async Task LoadAsync(string connection, double scale)
    {
        var total = Stopwatch.StartNew();
        await using (var db = Open(connection))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        Console.WriteLine($"Dropped and migrated in {total.Elapsed.TotalSeconds:F1} s. Loading (binary COPY):");
        var load = Stopwatch.StartNew();
        await using (var db = Open(connection))
        await using (var conn = new NpgsqlConnection(connection))
        {
            await conn.OpenAsync();
            var data = new NationalDataset(db, conn, scale, Console.Out);
            await data.LoadAsync();
            Console.WriteLine($"Loaded {data.Counts.Values.Sum():N0} rows in {load.Elapsed.TotalSeconds:F0} s.");
            var analyse = Stopwatch.StartNew();
            await using (var cmd = new NpgsqlCommand("ANALYZE", conn)) await cmd.ExecuteNonQueryAsync();
            Console.WriteLine($"ANALYZE in {analyse.Elapsed.TotalSeconds:F0} s.");
        }
    }

    /// <summary>Aggregates every round not yet aggregated, so an interrupted run can be resumed with --skip-load.</summary>
    private static async Task AggregateAsync(string connection)
    {
        var aggregate = Stopwatch.StartNew();
        List<int> rounds;
        await using (var db = Open(connection))
            rounds = await db.Rounds.Where(r => !db.NationalRounds.Any(n => n.RoundId == r.Id)).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
        var next = -1;
        var slowest = 0.0;
        async Task Worker()
        {
            await using var db = Open(connection);
            for (int i; (i = Interlocked.Increment(ref next)) < rounds.Count;)
            {
                var one = Stopwatch.StartNew();
                await NationalAggregate.RefreshAsync(db, rounds[i]);
                db.ChangeTracker.Clear();
                lock (rounds) slowest = Math.Max(slowest, one.Elapsed.TotalMilliseconds);
                if (i % 500 == 499) Console.WriteLine($"  aggregated {i + 1:N0} rounds, {aggregate.Elapsed.TotalSeconds:F0} s");
            }
        }
        await Task.WhenAll(Worker(), Worker());
        Console.WriteLine($"NationalAggregate.RefreshAsync for {rounds.Count:N0} rounds (2 workers) in {aggregate.Elapsed.TotalSeconds:F0} s; " +
                          $"{2 * aggregate.Elapsed.TotalMilliseconds / Math.Max(1, rounds.Count):F0} ms a round, slowest {slowest:F0} ms.");
    }

    private static async Task PublishAsync(string connection)
    {
        await using (var db = Open(connection))
        {
            // What the opt-in page stores, for nine rounds in ten: the profile codes as confirmed, and the flag.
            var optedIn = await db.Database.ExecuteSqlRawAsync("""
                UPDATE "NationalRounds" n SET "OptedIn" = true, "OptedInUtc" = now(), "TypeCode" = p."TypeCode", "ClientGroupCode" = p."ClientGroupCode",
                    "GovernanceCode" = p."GovernanceCode", "RegionCode" = p."RegionCode", "DepthCode" = p."DepthCode", "BreadthCode" = p."BreadthCode", "Frames" = p."Frames"
                FROM "Partnerships" p WHERE p."Id" = n."PartnershipId" AND n."RoundId" % 10 <> 0 AND NOT n."OptedIn"
                """);
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"NationalRounds\", \"NationalItems\", \"NationalOutcomes\"");
            var user = new PoetUser
            {
                UserName = AdminEmail, NormalizedUserName = AdminEmail.ToUpperInvariant(), Email = AdminEmail,
                NormalizedEmail = AdminEmail.ToUpperInvariant(), EmailConfirmed = true, DisplayName = "Bench host", IsHostAdmin = true,
                SecurityStamp = Guid.NewGuid().ToString("N")
            };
            user.PasswordHash = new PasswordHasher<PoetUser>().HashPassword(user, AdminPassword);
            if (!await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail)) db.Users.Add(user);
            await db.SaveChangesAsync();
            Console.WriteLine($"Opted in {optedIn:N0} more rounds ({await db.NationalRounds.CountAsync(n => n.OptedIn):N0} in all).");
        }
    }

    private static async Task<int> TimeViewsAsync(string connection, int repeat, (string Name, string Url)[] views, bool replica)
    {
        var dll = Path.Combine(LoadHarness.RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        var work = Directory.CreateTempSubdirectory("poet-national-").FullName;
        var port = LoadHarness.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var process = LoadHarness.StartServer(dll, work, DatabaseProvider.Postgres, connection, port,
            extraArguments: replica ? ["--ConnectionStrings:NationalReadReplica", connection] : null);
        Console.WriteLine(replica ? "Read through the read-replica path:" : "Read from the primary:");
        try
        {
            await LoadHarness.WaitForHealthAsync(process, baseAddress, Stopwatch.StartNew());
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
            var form = await http.GetStringAsync("/account/sign-in");
            var token = TokenPattern().Match(form).Groups[1].Value;
            var signIn = await http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Email"] = AdminEmail, ["Password"] = AdminPassword, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
            if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in gave {signIn.StatusCode}");

            Console.WriteLine($"| View | Query | Basis | Median ms | Max ms |{Environment.NewLine}|---|---|---|---:|---:|");
            foreach (var (name, url) in views)
            {
                var query = url.Contains('?') ? url[(url.IndexOf('?') + 1)..] : "";
                var page = await http.GetStringAsync(url); // first call: plans and caches warm
                var basis = BasisPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
                    : ColumnsPattern().Matches(page) is { Count: > 0 } cells ? $"{cells.Count} figures shown" : "suppressed";
                var times = new List<double>();
                for (var n = 0; n < repeat; n++)
                {
                    var timer = Stopwatch.StartNew();
                    var response = await http.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    times.Add(timer.Elapsed.TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url} gave {response.StatusCode}");
                }
                times.Sort();
                Console.WriteLine($"| {name} | `{query}` | {basis} | {times[times.Count / 2]:F0} | {times[^1]:F0} |");
            }
            return 0;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<span class=\"govuk-body-s\">[\\d,]+ partnerships?, [\\d,]+ (responses?|answers?)</span>")]
    private static partial Regex ColumnsPattern();

    [GeneratedRegex("id=\"national-basis\">Based on ([^<]+)\\.</p>")]
    private static partial Regex BasisPattern();
}
