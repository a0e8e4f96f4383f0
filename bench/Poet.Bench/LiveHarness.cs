using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Poet.Bench -- workshop-live --provider sqlite|postgres [--connection "..."]
///     [--phones 60] [--votes 5] [--runs 3] [--instances 1|2] [--server path/to/Poet.Web.dll]
/// The live workshop (ADR 0004): starts the Release build of POET as its own process (two on PostgreSQL by default, on
/// one database, phones spread over both), joins N phones as anonymous devices, each with a SignalR connection to the
/// workshop hub as workshop-live.js makes. Per run it measures (1) the facilitator's stage change to every phone
/// notified, and to every phone holding the new page (notified, then GET of its session page); (2) a burst of every
/// phone's votes at once, counted on a projector connection to the other instance: one "votes" signal per accepted
/// vote, and the database and the projector's JSON hold every vote; (3) "Reveal results" to every phone notified;
/// (4) the importance × certainty stage to every phone, then every phone's ratings of the top 3 at once: one "rating"
/// signal per saved rating at the projector, every rating stored, and every rater counted on the projector's plot.
/// </summary>
public static partial class LiveHarness
{
    private const string Email = "live-bench@example.org", Password = "live bench facilitator passphrase";

    public static async Task<int> RunAsync(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v) : fallback;
        var provider = DatabaseSetup.ParseProvider(values.GetValueOrDefault("provider"));
        var (phones, votes, runs) = (Int("phones", 60), Int("votes", 5), Int("runs", 3));
        var instances = Int("instances", provider == DatabaseProvider.Postgres ? 2 : 1);
        var server = values.GetValueOrDefault("server") ?? Path.Combine(LoadHarness.RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"No Release build of POET at {server}. Run: dotnet build -c Release src/Poet.Web");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("poet-live-").FullName;
        var connection = values.GetValueOrDefault("connection") ?? (provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(work, "poet.db")}"
            : "Host=127.0.0.1;Port=55511;Username=postgres;Database=poet_workshop_live");
        var database = new LoadDatabase(provider, connection);
        await using (var db = database.Open())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        var workshops = new List<Seeded>();
        for (var i = 0; i < 1 + runs; i++) workshops.Add(await SeedAsync(database, votes, i));

        var secret = LoadHarness.NewSecretKey();
        var processes = new List<Process>();
        var addresses = new List<Uri>();
        var ok = true;
        try
        {
            for (var n = 0; n < instances; n++)
            {
                var port = LoadHarness.FreePort();
                addresses.Add(new Uri($"http://127.0.0.1:{port}"));
                processes.Add(LoadHarness.StartServer(server, Path.Combine(work, $"instance{n}"), provider, connection, port, secret, migrateOnStart: false));
                await LoadHarness.WaitForHealthAsync(processes[^1], addresses[^1], Stopwatch.StartNew());
                // The first page makes the Data Protection key the next instances share through the database.
                if (n == 0) using (var first = new HttpClient { BaseAddress = addresses[0] }) (await first.GetAsync("/account/sign-in")).EnsureSuccessStatusCode();
            }
            // The LISTEN connection opens just after start-up.
            await Task.Delay(1000);
            using var facilitator = new Browser(addresses[0]);
            await facilitator.SignInAsync();
            var results = new List<LiveRun>();
            for (var run = 0; run <= runs; run++)
            {
                var result = await RunOnceAsync(run, workshops[run], facilitator, addresses, phones, votes, database, processes);
                if (run == 0) continue; // warm-up
                ok &= result.Verified;
                results.Add(result);
                Console.WriteLine(result.Line());
            }
            Print(provider, connection, instances, phones, votes, results);
            foreach (var p in processes) await LoadHarness.StopAsync(p);
        }
        finally
        {
            foreach (var p in processes.Where(p => !p.HasExited)) p.Kill(entireProcessTree: true);
        }
        return ok ? 0 : 1;
    }

    private static async Task<LiveRun> RunOnceAsync(int run, Seeded w, Browser facilitator, List<Uri> addresses, int count, int votes,
        LoadDatabase database, List<Process> processes)
    {
        var phones = Enumerable.Range(0, count).Select(i => new Phone(addresses[i % addresses.Count], w.Code, i)).ToList();
        foreach (var batch in phones.Chunk(10)) await Task.WhenAll(batch.Select(p => p.JoinAsync()));
        using var projector = new Browser(addresses[^1]);
        await projector.SignInAsync();
        await projector.WatchAsync(w.Pid, w.Rid);
        var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        double Cpu() => processes.Sum(p => LoadHarness.CpuSeconds(p.Id));

        // (1) Stage change: the facilitator's POST on instance 0; each phone notified, then fetches its page.
        var cpu0 = Cpu();
        var clock = Stopwatch.StartNew();
        foreach (var p in phones) p.Expect("stage", clock, fetchPage: true);
        var post = Stopwatch.StartNew();
        await facilitator.PostAsync($"/partnerships/{w.Pid}/rounds/{w.Rid}/workshop", "stage", ("Stage", "Vote"));
        var stagePostMs = post.Elapsed.TotalMilliseconds;
        var stage = await Task.WhenAll(phones.Select(p => p.WaitAsync(TimeSpan.FromSeconds(20))));
        var stageCpu = Cpu() - cpu0;

        // (2) A burst: every vote of every phone at the same instant; the projector counts one signal per accepted vote.
        var ids = await phones[0].CandidateIdsAsync();
        foreach (var p in phones) await p.RefreshTokenAsync();
        projector.ResetVotes();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var burstClock = Stopwatch.StartNew();
        var posts = phones.SelectMany(p => Enumerable.Range(0, votes).Select(async n => { await gate.Task; return await p.VoteAsync(ids[(p.Index + n / 2) % ids.Count]); })).ToList();
        cpu0 = Cpu();
        burstClock.Restart();
        projector.Arm(burstClock);
        gate.SetResult();
        var answers = await Task.WhenAll(posts);
        var lastAnswer = burstClock.Elapsed;
        var accepted = answers.Count(a => a == HttpStatusCode.Redirect);
        var errors = answers.Where(a => a is not HttpStatusCode.Redirect and not HttpStatusCode.OK).Select(a => $"HTTP {(int)a}").ToList();
        var lastSignal = await projector.WaitForVotesAsync(accepted, burstClock, TimeSpan.FromSeconds(20));
        var votesHeard = projector.VotesHeard;
        var burstCpu = Cpu() - cpu0;
        var stored = await StoredAsync(database, w.WorkshopId);
        var screenCount = await projector.VotesCastAsync(w.Pid, w.Rid);

        // (3) Reveal results: every phone notified (they refetch nothing while voting; the projector does).
        clock.Restart();
        foreach (var p in phones) p.Expect("reveal", clock, fetchPage: false);
        await facilitator.PostAsync($"/partnerships/{w.Pid}/rounds/{w.Rid}/workshop", "reveal");
        var reveal = await Task.WhenAll(phones.Select(p => p.WaitAsync(TimeSpan.FromSeconds(20))));

        // (4) The importance x certainty stage: every phone follows to it, then rates each of the top 3 outcomes at the
        // same instant; the projector counts one "rating" signal per saved rating and its plot counts every rater.
        clock.Restart();
        foreach (var p in phones) p.Expect("stage", clock, fetchPage: true);
        await facilitator.PostAsync($"/partnerships/{w.Pid}/rounds/{w.Rid}/workshop", "stage", ("Stage", "Rate"), ("RateTop", RateTop.ToString()));
        var rateStage = await Task.WhenAll(phones.Select(p => p.WaitAsync(TimeSpan.FromSeconds(20))));
        var shortlist = await phones[0].CandidateIdsAsync();
        foreach (var p in phones) await p.RefreshTokenAsync($"/workshop/{w.Code}/rate/{shortlist[0]}");
        projector.ResetVotes();
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rates = phones.SelectMany(p => shortlist.Select(async (cid, n) => { await gate.Task; return await p.RateAsync(cid, 1 + (p.Index + n) % 5, 1 + (p.Index * 3 + n) % 5); })).ToList();
        burstClock.Restart();
        projector.Arm(burstClock);
        gate.SetResult();
        var rated = await Task.WhenAll(rates);
        var lastRating = burstClock.Elapsed;
        var ratingsAccepted = rated.Count(a => a == HttpStatusCode.Redirect);
        errors.AddRange(rated.Where(a => a is not HttpStatusCode.Redirect).Select(a => $"rating HTTP {(int)a}"));
        var lastRatingSignal = await projector.WaitForVotesAsync(ratingsAccepted, burstClock, TimeSpan.FromSeconds(20));
        var ratingsStored = await StoredRatingsAsync(database, w.WorkshopId);
        var raters = await projector.RatersOnScreenAsync(w.Pid, w.Rid);
        var rating = new RatingRun(shortlist.Count, rateStage, lastRating, ratingsAccepted, projector.VotesHeard, lastRatingSignal, ratingsStored, raters);

        foreach (var p in phones) await p.DisposeAsync();
        return new LiveRun(run, count, votes, stagePostMs, stage, reveal, lastAnswer, accepted, votesHeard, lastSignal, stored, screenCount, errors,
            stageCpu, burstCpu, loadBefore)
        { Rating = rating };
    }

    private sealed record Seeded(int Pid, int Rid, int WorkshopId, string Code);

    /// <summary>A closed round with twelve candidates, a workshop at the review stage, and the bench facilitator as a member.</summary>
    private static async Task<Seeded> SeedAsync(LoadDatabase database, int votes, int n)
    {
        await using var db = database.Open();
        var partnership = new Partnership { Name = $"Live workshop {n}", Area = "Loopback", CreatedUtc = DateTime.UtcNow };
        db.Partnerships.Add(partnership);
        var round = new SurveyRound
        {
            Partnership = partnership, Title = "Live workshop round", OpensOn = new DateOnly(2026, 1, 5), ClosesOn = new DateOnly(2026, 1, 30),
            Status = RoundStatus.Closed, CodeSalt = AccessCodes.NewRoundSalt(), InstrumentVersion = "load",
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync();
        db.CandidateOutcomes.AddRange(Enumerable.Range(1, WorkshopHarness.Candidates).Select(i => new CandidateOutcome { RoundId = round.Id, Wording = $"Candidate outcome {i}", Order = i }));
        var code = $"LIVE{(char)('A' + n / 26)}{(char)('A' + n % 26)}";
        var workshop = new Workshop
        {
            RoundId = round.Id, JoinCode = code, OpenJoinCode = code, Stage = WorkshopStage.Review, VotesPerParticipant = votes, GroupCount = 4,
            OpenedBy = "bench", OpenedUtc = DateTime.UtcNow,
        };
        db.Workshops.Add(workshop);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == Email);
        if (user is null)
        {
            user = new PoetUser
            {
                UserName = Email, NormalizedUserName = Email.ToUpperInvariant(), Email = Email, NormalizedEmail = Email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = "Bench facilitator", SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            user.PasswordHash = new PasswordHasher<PoetUser>().HashPassword(user, Password);
            db.Users.Add(user);
        }
        db.Members.Add(new PartnershipMember { Partnership = partnership, UserId = user.Id, Role = PartnershipRole.Facilitator });
        await db.SaveChangesAsync();
        return new Seeded(partnership.Id, round.Id, workshop.Id, code);
    }

    private const int RateTop = 3;

    private static async Task<int> StoredRatingsAsync(LoadDatabase database, int workshopId)
    {
        await using var db = database.Open();
        return await db.WorkshopRatings.CountAsync(r => r.WorkshopId == workshopId);
    }

    private static async Task<int> StoredAsync(LoadDatabase database, int workshopId)
    {
        await using var db = database.Open();
        return await db.WorkshopVotes.CountAsync(v => v.WorkshopId == workshopId);
    }

    private static HubConnection Hub(Uri baseAddress, CookieContainer cookies) =>
        new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "/workshop/live"), o => o.Cookies = cookies).Build();

    private static FormUrlEncodedContent Form(IEnumerable<(string Key, string Value)> fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"outcome-(\\d+)\"")]
    private static partial Regex CandidateId();

    [GeneratedRegex("id=\"screen-plot-count\">(\\d+) of")]
    private static partial Regex RatersShown();

    [GeneratedRegex("\"votesCast\":(\\d+)")]
    private static partial Regex VotesCast();

    /// <summary>A signed-in staff browser: the facilitator's controls, or the projector with its live connection.</summary>
    private sealed class Browser(Uri baseAddress) : IDisposable
    {
        private readonly CookieContainer _cookies = new();
        private HttpClient? _http;
        private HubConnection? _hub;
        private int _votes;
        private long _lastVoteTicks;

        private HttpClient Http => _http ??= new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        public int VotesHeard => Volatile.Read(ref _votes);
        private Stopwatch? _clock;

        public async Task SignInAsync()
        {
            var token = Token(await Http.GetStringAsync("/account/sign-in"));
            var response = await Http.PostAsync("/account/sign-in", Form([("Email", Email), ("Password", Password), ("__RequestVerificationToken", token)]));
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in gave {(int)response.StatusCode}");
        }

        public async Task PostAsync(string page, string handler, params (string, string)[] fields)
        {
            var token = Token(await Http.GetStringAsync(page));
            var response = await Http.PostAsync($"{page}?handler={handler}", Form(fields.Append(("__RequestVerificationToken", token))));
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{handler} gave {(int)response.StatusCode}");
        }

        public async Task WatchAsync(int pid, int rid)
        {
            _hub = Hub(baseAddress, _cookies);
            _hub.On<string>("changed", kind =>
            {
                if (kind != "votes" && kind != "rating") return;
                Interlocked.Increment(ref _votes);
                if (_clock is { } c) Interlocked.Exchange(ref _lastVoteTicks, c.Elapsed.Ticks);
            });
            await _hub.StartAsync();
            if (!await _hub.InvokeAsync<bool>("WatchRound", pid, rid)) throw new InvalidOperationException("WatchRound refused");
        }

        public void ResetVotes() => (_votes, _lastVoteTicks) = (0, 0);

        /// <summary>Starts timing signals on <paramref name="clock"/> before a burst is released, so every signal's arrival is timed.</summary>
        public void Arm(Stopwatch clock) => _clock = clock;

        public async Task<TimeSpan?> WaitForVotesAsync(int expected, Stopwatch clock, TimeSpan timeout)
        {
            _clock = clock;
            var deadline = Stopwatch.StartNew();
            while (VotesHeard < expected && deadline.Elapsed < timeout) await Task.Delay(5);
            // Anything beyond the expected count would be a duplicate: give it a moment to show.
            await Task.Delay(300);
            return VotesHeard >= expected ? TimeSpan.FromTicks(Interlocked.Read(ref _lastVoteTicks)) : null;
        }

        /// <summary>How many the projector's plot says have rated ("60 of 60 participants have rated 3 outcomes.").</summary>
        public async Task<int> RatersOnScreenAsync(int pid, int rid) =>
            int.Parse(RatersShown().Match(await Http.GetStringAsync($"/partnerships/{pid}/rounds/{rid}/workshop/screen")).Groups[1].Value);

        public async Task<int> VotesCastAsync(int pid, int rid) =>
            int.Parse(VotesCast().Match(await Http.GetStringAsync($"/partnerships/{pid}/rounds/{rid}/workshop/screen/data")).Groups[1].Value);

        public void Dispose()
        {
            _hub?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _http?.Dispose();
        }
    }

    /// <summary>An anonymous phone: its own cookie jar (device key) and a live connection joined to its workshop's room.</summary>
    private sealed class Phone(Uri baseAddress, string code, int index) : IAsyncDisposable
    {
        private readonly CookieContainer _cookies = new();
        private HttpClient? _http;
        private HubConnection? _hub;
        private string _token = "";
        private string _expect = "";
        private bool _fetch;
        private Stopwatch _clock = new();
        private TaskCompletionSource<(double Notified, double Page)> _done = new();

        private HttpClient Http => _http ??= new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        public int Index => index;
        private string Session => $"/workshop/{code}/session";

        public async Task JoinAsync()
        {
            var token = Token(await Http.GetStringAsync($"/workshop/{code}"));
            var joined = await Http.PostAsync($"/workshop/{code}", Form([("Group", (1 + index % 4).ToString()), ("__RequestVerificationToken", token)]));
            if (joined.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Join returned {(int)joined.StatusCode}");
            _hub = Hub(baseAddress, _cookies);
            _hub.On<string>("changed", OnChanged);
            await _hub.StartAsync();
            if (!await _hub.InvokeAsync<bool>("JoinRoom", code)) throw new InvalidOperationException("JoinRoom refused");
        }

        public void Expect(string kind, Stopwatch clock, bool fetchPage) =>
            (_expect, _clock, _fetch, _done) = (kind, clock, fetchPage, new TaskCompletionSource<(double, double)>(TaskCreationOptions.RunContinuationsAsynchronously));

        private void OnChanged(string kind)
        {
            if (kind != _expect) return;
            var notified = _clock.Elapsed.TotalMilliseconds;
            if (!_fetch)
            {
                _done.TrySetResult((notified, double.NaN));
                return;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    (await Http.GetAsync(Session)).EnsureSuccessStatusCode();
                    _done.TrySetResult((notified, _clock.Elapsed.TotalMilliseconds));
                }
                catch (Exception e)
                {
                    _done.TrySetException(e);
                }
            });
        }

        /// <summary>Notified and page-ready milliseconds, or NaN when nothing came within the time.</summary>
        public async Task<(double Notified, double Page)> WaitAsync(TimeSpan timeout)
        {
            var finished = await Task.WhenAny(_done.Task, Task.Delay(timeout));
            return finished == _done.Task ? await _done.Task : (double.NaN, double.NaN);
        }

        public async Task RefreshTokenAsync(string? page = null) => _token = Token(await Http.GetStringAsync(page ?? Session));

        public async Task<IReadOnlyList<int>> CandidateIdsAsync() =>
            CandidateId().Matches(await Http.GetStringAsync(Session)).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

        public async Task<HttpStatusCode> VoteAsync(int candidateId)
        {
            using var response = await Http.PostAsync(Session + "?handler=vote", Form([("CandidateId", candidateId.ToString()), ("__RequestVerificationToken", _token)]));
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode;
        }

        public async Task<HttpStatusCode> RateAsync(int candidateId, int importance, int certainty)
        {
            using var response = await Http.PostAsync($"/workshop/{code}/rate/{candidateId}",
                Form([("Importance", importance.ToString()), ("Certainty", certainty.ToString()), ("__RequestVerificationToken", _token)]));
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (_hub is not null) await _hub.DisposeAsync();
            _http?.Dispose();
        }
    }

    private sealed record LiveRun(int Run, int Phones, int Votes, double StagePostMs, (double Notified, double Page)[] Stage, (double Notified, double Page)[] Reveal,
        TimeSpan LastVoteAnswer, int Accepted, int SignalsHeard, TimeSpan? LastSignal, int Stored, int OnScreen, List<string> Errors,
        double StageCpu, double BurstCpu, string LoadBefore)
    {
        public RatingRun? Rating { get; init; }
        public int StageMissed => Stage.Count(s => double.IsNaN(s.Notified));
        public int RevealMissed => Reveal.Count(s => double.IsNaN(s.Notified));
        public bool Verified => StageMissed == 0 && RevealMissed == 0 && Errors.Count == 0 && Accepted == Phones * Votes
            && Stored == Accepted && OnScreen == Accepted && SignalsHeard == Accepted && Rating is { } r && r.Verified(Phones);

        public static string P(IEnumerable<double> values, double p)
        {
            var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
            return sorted.Count == 0 ? "n/a" : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)].ToString("F0");
        }

        public string Line() =>
            $"| {Run} | {Phones} | {StagePostMs:F0} ms | {P(Stage.Select(s => s.Notified), 0.5)} / {P(Stage.Select(s => s.Notified), 0.99)} / {P(Stage.Select(s => s.Notified), 1)} ms | " +
            $"{P(Stage.Select(s => s.Page), 0.5)} / {P(Stage.Select(s => s.Page), 0.99)} / {P(Stage.Select(s => s.Page), 1)} ms | " +
            $"{P(Reveal.Select(s => s.Notified), 0.5)} / {P(Reveal.Select(s => s.Notified), 0.99)} ms | " +
            $"{Phones * Votes} → {Accepted} accepted, {Stored} stored, {OnScreen} on screen, {SignalsHeard} signals | {LastVoteAnswer.TotalMilliseconds:F0} / {(LastSignal is { } l ? l.TotalMilliseconds.ToString("F0") : "never")} ms | " +
            $"{StageCpu:F2} / {BurstCpu:F2} s | {(Verified ? "yes" : $"NO (missed {StageMissed}+{RevealMissed}, {string.Join(", ", Errors.Distinct())})")} | {LoadBefore} |";
    }

    /// <summary>The rating stage of one run: stage change to every phone, then every phone's ratings at once.</summary>
    private sealed record RatingRun(int Shortlist, (double Notified, double Page)[] Stage, TimeSpan LastAnswer, int Accepted, int SignalsHeard,
        TimeSpan? LastSignal, int Stored, int RatersOnScreen)
    {
        public bool Verified(int phones) => Stage.All(s => !double.IsNaN(s.Notified)) && Accepted == phones * Shortlist && Stored == Accepted
            && SignalsHeard == Accepted && RatersOnScreen == phones;

        public string Line(int run, int phones) =>
            $"| {run} | {phones} | {LiveRun.P(Stage.Select(s => s.Notified), 0.5)} / {LiveRun.P(Stage.Select(s => s.Notified), 0.99)} ms | " +
            $"{LiveRun.P(Stage.Select(s => s.Page), 0.5)} / {LiveRun.P(Stage.Select(s => s.Page), 0.99)} ms | " +
            $"{phones * Shortlist} → {Accepted} accepted, {Stored} stored, {SignalsHeard} signals, {RatersOnScreen} raters on the plot | " +
            $"{LastAnswer.TotalMilliseconds:F0} / {(LastSignal is { } l ? l.TotalMilliseconds.ToString("F0") : "never")} ms | {(Verified(phones) ? "yes" : "NO")} |";
    }

    private static void Print(DatabaseProvider provider, string connection, int instances, int phones, int votes, List<LiveRun> results)
    {
        Console.WriteLine();
        Console.WriteLine($"Provider {provider}, {instances} instance(s), {phones} phones, {votes} votes each. {connection.Split(';').FirstOrDefault(p => p.StartsWith("Host") || p.StartsWith("Data Source"))}");
        Console.WriteLine("| Run | Phones | Stage POST | Stage → notified p50 / p99 / max | Stage → new page p50 / p99 / max | Reveal → notified p50 / p99 | Vote burst | Last vote answered / last signal at projector | Server CPU stage / burst | Verified | Load avg |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results) Console.WriteLine(r.Line());
        Console.WriteLine();
        Console.WriteLine($"Rating stage (RateTop {RateTop}; with ties at the cut, {results.FirstOrDefault()?.Rating?.Shortlist} outcomes; every phone rates all of them at once):");
        Console.WriteLine("| Run | Phones | Rate stage → notified p50 / p99 | Rate stage → new page p50 / p99 | Rating burst | Last rating answered / last signal at projector | Verified |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in results.Where(r => r.Rating is not null)) Console.WriteLine(r.Rating!.Line(r.Run, r.Phones));
    }
}
