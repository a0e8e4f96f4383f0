using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Poet.Bench -- workshop --provider sqlite|postgres [--connection "..."] [--voters 60]
///     [--votes 5] [--runs 3] [--server path/to/Poet.Web.dll]
/// Seeds rounds with open workshops at the voting stage, starts the Release build of POET as its own process, joins the
/// voters over loopback as phones would, then has them all vote at the same moment and checks every vote in the database.
/// One small warm-up workshop first, so the figures are for a server that has already served a page or two.
/// </summary>
public static class WorkshopHarness
{
    public const int Candidates = 12;

    public static async Task<int> RunAsync(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v) : fallback;
        var provider = DatabaseSetup.ParseProvider(values.GetValueOrDefault("provider"));
        var (voters, votes, runs) = (Int("voters", 60), Int("votes", 5), Int("runs", 3));
        var server = values.GetValueOrDefault("server") ?? Path.Combine(LoadHarness.RepositoryRoot(), "src/Poet.Web/bin/Release/net10.0/Poet.Web.dll");
        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"No Release build of POET at {server}. Run: dotnet build -c Release src/Poet.Web");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("poet-workshop-").FullName;
        var connection = values.GetValueOrDefault("connection") ?? (provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(work, "poet.db")}"
            : "Host=127.0.0.1;Port=55511;Username=postgres;Database=poet_workshop_load");
        var database = new LoadDatabase(provider, connection);
        await using (var db = database.Open())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        var patterns = new[] { VotePattern.Browser, VotePattern.Burst };
        var codes = new List<(string Code, int WorkshopId)>();
        for (var i = 0; i < 1 + runs * patterns.Length; i++) codes.Add(await SeedWorkshopAsync(database, votes, i));

        var port = LoadHarness.FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var process = LoadHarness.StartServer(server, work, provider, connection, port);
        var ok = true;
        try
        {
            await LoadHarness.WaitForHealthAsync(process, baseAddress, Stopwatch.StartNew());
            var warm = await WorkshopVoters.JoinAsync(baseAddress, codes[0].Code, Math.Min(10, voters));
            await WorkshopVoters.VoteAsync(warm, VotePattern.Burst, votes);
            warm.ForEach(v => v.Dispose());

            var results = new List<WorkshopRun>();
            var next = 1;
            for (var run = 1; run <= runs; run++)
            {
                foreach (var pattern in patterns)
                {
                    var (code, workshopId) = codes[next++];
                    var group = await WorkshopVoters.JoinAsync(baseAddress, code, voters);
                    var cpuBefore = LoadHarness.CpuSeconds(process.Id);
                    var loadBefore = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                    var outcome = await WorkshopVoters.VoteAsync(group, pattern, votes);
                    var cpu = LoadHarness.CpuSeconds(process.Id) - cpuBefore;
                    group.ForEach(v => v.Dispose());
                    var stored = await StoredAsync(database, workshopId);
                    var result = new WorkshopRun(run, pattern, outcome, stored, cpu, loadBefore, voters, votes);
                    ok &= result.Verified;
                    results.Add(result);
                    Console.WriteLine(result.Line());
                }
            }
            WorkshopReport.Print(provider, connection, voters, votes, results);
            await LoadHarness.StopAsync(process);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        return ok ? 0 : 1;
    }

    /// <summary>A closed round with twelve candidate outcomes and a workshop already moved to the voting stage.</summary>
    private static async Task<(string Code, int WorkshopId)> SeedWorkshopAsync(LoadDatabase database, int votes, int n)
    {
        await using var db = database.Open();
        var partnership = new Partnership { Name = $"Workshop load {n}", Area = "Loopback", CreatedUtc = DateTime.UtcNow };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync();
        var round = new SurveyRound
        {
            PartnershipId = partnership.Id, Title = "Workshop load round", OpensOn = new DateOnly(2026, 1, 5), ClosesOn = new DateOnly(2026, 1, 30),
            Status = RoundStatus.Closed, CodeSalt = AccessCodes.NewRoundSalt(), InstrumentVersion = "load",
        };
        db.Rounds.Add(round);
        await db.SaveChangesAsync();
        db.CandidateOutcomes.AddRange(Enumerable.Range(1, Candidates).Select(i => new CandidateOutcome { RoundId = round.Id, Wording = $"Candidate outcome {i}", Order = i }));
        var code = $"LOAD{(char)('A' + n / 26)}{(char)('A' + n % 26)}";
        var workshop = new Workshop
        {
            RoundId = round.Id, JoinCode = code, OpenJoinCode = code, Stage = WorkshopStage.Vote, VotesPerParticipant = votes, GroupCount = 4,
            OpenedBy = "bench", OpenedUtc = DateTime.UtcNow,
        };
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return (code, workshop.Id);
    }

    private static async Task<StoredVotes> StoredAsync(LoadDatabase database, int workshopId)
    {
        await using var db = database.Open();
        var votes = await db.WorkshopVotes.Where(v => v.WorkshopId == workshopId).Select(v => new { v.ParticipantId, v.CandidateId }).ToListAsync();
        var perParticipant = votes.GroupBy(v => v.ParticipantId).ToList();
        return new StoredVotes(votes.Count, perParticipant.Count,
            perParticipant.Select(g => g.Count()).DefaultIfEmpty().Min(), perParticipant.Select(g => g.Count()).DefaultIfEmpty().Max(),
            perParticipant.Select(g => g.GroupBy(v => v.CandidateId).Max(c => c.Count())).DefaultIfEmpty().Max());
    }
}

/// <summary>What the database holds for one workshop after the run.</summary>
public sealed record StoredVotes(int Total, int Participants, int FewestPerParticipant, int MostPerParticipant, int MostOnOneOutcome);
