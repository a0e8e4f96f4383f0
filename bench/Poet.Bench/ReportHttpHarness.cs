using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Poet.Bench -- report-http [--requests 20]
/// Times the real report page over Kestrel for the 10,000-response round of <see cref="ReportBenchmarks"/>: copies its SQLite
/// file, adds a coordinator, starts the Release build of POET as its own process, signs in, then times one cold request and
/// N warm ones (whole response read). Build the server first: dotnet build -c Release src/Poet.Web
/// </summary>
public static partial class ReportHttpHarness
{
    private const string Email = "bench.coordinator@bench.example", Password = "Bench-report-password-1";

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length >= 2 && args[0] == "--requests" ? int.Parse(args[1]) : 20;
        var server = Path.Combine(LoadHarness.RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"No Release build of POET at {server}. Run: dotnet build -c Release src/Poet.Web");
            return 2;
        }
        if (!File.Exists(ReportBenchmarks.File)) await ReportBenchSeed.CreateAsync(ReportBenchmarks.File, ReportBenchmarks.Open);
        var work = Directory.CreateTempSubdirectory("poet-report-http-").FullName;
        var file = Path.Combine(work, "poet.db");
        File.Copy(ReportBenchmarks.File, file);
        var connection = $"Data Source={file}";
        var (pid, rid) = await AddCoordinatorAsync(connection);

        var port = LoadHarness.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var process = LoadHarness.StartServer(server, work, DatabaseProvider.Sqlite, connection, port);
        try
        {
            await LoadHarness.WaitForHealthAsync(process, baseAddress, Stopwatch.StartNew());
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            await SignInAsync(http);
            var url = $"/partnerships/{pid}/rounds/{rid}/report";
            var (cold, bytes) = await TimedGetAsync(http, url);
            var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
            var cpuBefore = LoadHarness.CpuSeconds(process.Id);
            var warm = new List<double>();
            for (var n = 0; n < requests; n++) warm.Add((await TimedGetAsync(http, url)).Ms);
            var cpu = (LoadHarness.CpuSeconds(process.Id) - cpuBefore) * 1000 / requests;
            var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
            warm.Sort();
            Console.WriteLine($"GET {url}: {bytes:N0} bytes of HTML");
            Console.WriteLine($"cold (first request, answers read): {cold:F0} ms");
            Console.WriteLine($"warm × {requests}: p50 {Percentile(warm, 0.5):F0} ms, p95 {Percentile(warm, 0.95):F0} ms, min {warm[0]:F0} ms, max {warm[^1]:F0} ms; server CPU {cpu:F0} ms per request");
            Console.WriteLine($"load average before {loadBefore}, after {loadAfter}");
            await LoadHarness.StopAsync(process);
            return 0;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task<(int Pid, int Rid)> AddCoordinatorAsync(string connection)
    {
        await using var db = new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), connection).Options);
        await db.Database.MigrateAsync();
        var (pid, rid) = await db.Rounds.Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync();
        var user = new PoetUser
        {
            UserName = Email, NormalizedUserName = Email.ToUpperInvariant(), Email = Email, NormalizedEmail = Email.ToUpperInvariant(),
            EmailConfirmed = true, DisplayName = "Bench coordinator", SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<PoetUser>().HashPassword(user, Password);
        db.Users.Add(user);
        db.Members.Add(new PartnershipMember { PartnershipId = pid, UserId = user.Id, Role = PartnershipRole.Coordinator });
        await db.SaveChangesAsync();
        return (pid, rid);
    }

    private static async Task SignInAsync(HttpClient http)
    {
        var form = await http.GetStringAsync("/account/sign-in");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        { ["Email"] = Email, ["Password"] = Password, ["__RequestVerificationToken"] = token }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in gave {(int)response.StatusCode}, not a redirect");
    }

    private static async Task<(double Ms, long Bytes)> TimedGetAsync(HttpClient http, string url)
    {
        var timer = Stopwatch.StartNew();
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        timer.Stop();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url} gave {(int)response.StatusCode}");
        return (timer.Elapsed.TotalMilliseconds, body.Length);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
