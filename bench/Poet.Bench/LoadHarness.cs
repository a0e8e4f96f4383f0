using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Poet.Data;

namespace Poet.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Poet.Bench -- load --provider sqlite|postgres [--connection "..."] [--respondents 200]
///     [--duration 60] [--warmup 5] [--invitations N] [--server path/to/Poet.Web.dll] [--instances 1]
/// With --instances N, N servers share the database (as behind a load balancer; respondent n talks to server n mod N).
/// Seeds a fresh database, starts the Release build of POET as its own process (timing its cold start), drives simulated
/// respondents through the survey over loopback, then checks that every acknowledged submission is in the database
/// (mixed into the responses, or still waiting sealed for the mix).
/// Build the server first: dotnet build -c Release src/Poet.Web
/// </summary>
public static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (options is null) return 2;
        var server = options.ServerDll ?? Path.Combine(RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"No Release build of POET at {server}. Run: dotnet build -c Release src/Poet.Web");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("poet-load-").FullName;
        var connection = options.Connection ?? (options.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(work, "poet.db")}"
            : "Host=127.0.0.1;Port=55511;Username=postgres;Database=poet_load");
        var database = new LoadDatabase(options.Provider, connection);

        Console.WriteLine($"Seeding {options.Invitations:N0} invitations ({options.Provider}) ...");
        var seedTimer = Stopwatch.StartNew();
        var round = await database.CreateAsync(options.Invitations);
        Console.WriteLine($"Seeded in {seedTimer.Elapsed.TotalSeconds:F1} s: {round.Section2.Count} + {round.Section3.Count} statements in sections 2 and 3.");

        var secretKey = NewSecretKey();
        var processes = new List<Process>();
        var addresses = new List<Uri>();
        var coldStart = TimeSpan.Zero;
        var firstPage = TimeSpan.Zero;
        try
        {
            // One after another, so the first creates the Data Protection key the others load.
            for (var n = 0; n < options.Instances; n++)
            {
                var port = FreePort();
                addresses.Add(new Uri($"http://127.0.0.1:{port}"));
                var coldTimer = Stopwatch.StartNew();
                processes.Add(StartServer(server, Path.Combine(work, $"instance{n}"), options.Provider, connection, port, secretKey, migrateOnStart: false));
                var cold = await WaitForHealthAsync(processes[^1], addresses[^1], coldTimer);
                var first = await FirstPageAsync(addresses[^1], round.Tokens[^(n + 1)]);
                if (n == 0) (coldStart, firstPage) = (cold, first);
                Console.WriteLine($"Cold start {n + 1}: {cold.TotalMilliseconds:F0} ms to first 200 from /health; first survey page then took {first.TotalMilliseconds:F0} ms.");
            }

            var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
            var run = await LoadRun.RunAsync(addresses, round, options, () => processes.Sum(p => CpuSeconds(p.Id)));
            var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
            var memories = processes.Select(p => ProcStatus(p.Id)).ToList();
            var memory = (memories.Max(m => m.PeakKb), memories.Max(m => m.NowKb));

            // Acknowledged = mixed into the responses, or waiting sealed for the mix (opened here with the same secret).
            var stored = await database.CountAsync(round.RoundId, secretKey);
            var perResponse = round.Section2.Count + round.Section3.Count;
            var verified = stored.Unopened == 0 && stored.Submitted == run.Submitted && stored.SubmittedAnswers == run.Submitted * perResponse && stored.SubmittedOutcomes == run.Submitted;

            var stopTimer = Stopwatch.StartNew();
            foreach (var process in processes) await StopAsync(process);
            var stopped = stopTimer.Elapsed;
            var afterStop = await database.CountAsync(round.RoundId, secretKey);
            var verifiedAfterStop = afterStop.SameTotals(stored);

            LoadReport.Print(options, connection, run, coldStart, firstPage, memory, loadBefore, loadAfter, stored, perResponse, verified, stopped, verifiedAfterStop);
            return verified && verifiedAfterStop && run.Errors.Count == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var process in processes.Where(p => !p.HasExited)) process.Kill(entireProcessTree: true);
            processes.ForEach(p => p.Dispose());
        }
    }

    /// <summary>Instances sharing a database must share the server secret (Poet:SecretKey) that seals drafts and submissions.</summary>
    internal static string NewSecretKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    internal static Process StartServer(string dll, string work, DatabaseProvider provider, string connection, int port, string? secretKey = null, bool migrateOnStart = true,
        IEnumerable<string>? extraArguments = null)
    {
        Directory.CreateDirectory(work);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     // Content root is the build output, as for an installed service, so its appsettings.json applies (log levels).
                     dll, "--contentRoot", Path.GetDirectoryName(Path.GetFullPath(dll))!, "--urls", $"http://127.0.0.1:{port}", "--Database:Provider", provider.ToString(), "--ConnectionStrings:Poet", connection,
                     "--Poet:AttemptsPerMinute", "1000000", "--Mail:PickupFolder", Path.Combine(work, "outbox"), "--Poet:BaseUrl", $"http://127.0.0.1:{port}",
                     "--Poet:SecretKey", secretKey ?? NewSecretKey(), "--Poet:MigrateOnStart", migrateOnStart ? "true" : "false",
                 }.Concat(extraArguments ?? []))
            info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(Path.Combine(work, "server.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"Server pid {process.Id}, log {Path.Combine(work, "server.log")}");
        return process;
    }

    /// <summary>Process start to the first 200 from /health (migrated and readable database).</summary>
    internal static async Task<TimeSpan> WaitForHealthAsync(Process process, Uri baseAddress, Stopwatch since)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (since.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited) throw new InvalidOperationException($"POET exited with {process.ExitCode} during start-up; see server.log");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return since.Elapsed;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or (on a busy machine) slower than the 5 s timeout: ask again.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("POET did not become healthy within 2 minutes");
    }

    private static async Task<TimeSpan> FirstPageAsync(Uri baseAddress, string token)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var timer = Stopwatch.StartNew();
        (await http.GetAsync("/survey/" + token)).EnsureSuccessStatusCode();
        return timer.Elapsed;
    }

    /// <summary>SIGTERM, so the server shuts down as it would under a service manager.</summary>
    internal static async Task StopAsync(Process process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Peak and current resident memory from /proc (VmHWM is the high-water mark over the process's life).</summary>
    private static (long PeakKb, long NowKb) ProcStatus(int pid)
    {
        var lines = File.ReadAllLines($"/proc/{pid}/status");
        long Kb(string key) => long.Parse(lines.First(l => l.StartsWith(key)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return (Kb("VmHWM:"), Kb("VmRSS:"));
    }

    /// <summary>User plus system CPU time of the process (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s).</summary>
    internal static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    /// <summary>A free loopback port in 5700-5799 (the range set aside for benchmark servers on the shared machine).</summary>
    internal static int FreePort()
    {
        foreach (var port in Enumerable.Range(5700, 100).OrderBy(_ => Random.Shared.Next()))
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }
        throw new InvalidOperationException("No free port in 5700-5799");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Poet.sln"))) return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}
