using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.Reports;

namespace Poet.Bench;

/// <summary>
/// The health-of-the-partnership report for a round of 10,000 submitted responses × 60 statements, read from a SQLite
/// file as the web app reads it: the report model (EF load, tallies, suppression, classification, moderation) plus the
/// chart SVGs, and the PDF. The file is seeded once and reused by later runs (delete it after changing the seed).
/// Cold reads every answer; warm finds the closed round's answers in the memory cache, as every report request after the first does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class ReportBenchmarks
{
    public const int Responses = 10_000, Items = 60;
    internal static readonly string File = Path.Combine(Path.GetTempPath(), "poet-bench-report-v2.db");
    private int _pid, _rid;
    private HealthReport _report = null!;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    internal static SqlitePoetDb Open() =>
        new((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), $"Data Source={File}").Options);

    [GlobalSetup]
    public async Task Setup()
    {
        if (!System.IO.File.Exists(File)) await ReportBenchSeed.CreateAsync(File, Open);
        await using var db = Open();
        // A file seeded before a later migration gains its columns here (one seeded under since-replaced migrations must be deleted).
        await db.Database.MigrateAsync();
        (_pid, _rid) = await db.Rounds.Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync();
        _report = (await HealthReport.LoadAsync(db, _pid, _rid, ReportView.Team, _cache))!;
        if (_report.Returns.Submitted != Responses || _report.Sections.Sum(s => s.Items.Count) != Items)
            throw new InvalidOperationException($"Unexpected benchmark round in {File}: delete it and run again.");
    }

    [Benchmark(Baseline = true)]
    public Task<int> ReportModelAndChartSvgs() => ModelAndChartsAsync(null);

    [Benchmark]
    public Task<int> ReportModelAndChartSvgsWarm() => ModelAndChartsAsync(_cache);

    private async Task<int> ModelAndChartsAsync(IMemoryCache? cache)
    {
        await using var db = Open();
        var report = (await HealthReport.LoadAsync(db, _pid, _rid, ReportView.Team, cache))!;
        return report.Sections.Sum(s => DivergingBarChart.Render($"chart-{s.Number}", s.Title, ReportFormat.ChartDescription(s), s.Items.Select(ReportFormat.Bar).ToArray()).Length);
    }

    [Benchmark]
    public int ReportPdfFromModel() => ReportPdf.Create(_report).Bytes.Length;
}

/// <summary>Writes the benchmark round with bulk inserts (one transaction, prepared statements), the way no user ever could.</summary>
public static class ReportBenchSeed
{
    private static readonly string[] FirstNames = ["Alex", "Bea", "Chidi", "Dana", "Eilidh", "Farah", "Gareth", "Hana", "Ivan", "Jo", "Kwame", "Lena", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tomasz"];
    private static readonly string[] LastNames = ["Adeyemi", "Brown", "Chen", "Davies", "Evans", "Fraser", "Gill", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owusu", "Patel", "Quigley", "Roberts", "Smith", "Taylor"];

    public static async Task CreateAsync(string file, Func<SqlitePoetDb> open)
    {
        var temp = file + ".seeding";
        if (System.IO.File.Exists(temp)) System.IO.File.Delete(temp);
        var random = new Random(10_000);
        int rid;
        int[] partners, professions, items;
        await using (var db = new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), $"Data Source={temp}").Options))
        {
            await db.Database.MigrateAsync();
            var p = new Partnership { Name = "Benchmark partnership", Area = "Benchshire", ClientGroup = "Adults", CreatedUtc = DateTime.UtcNow };
            p.Partners.AddRange(new[] { "County council", "Community health trust", "Acute hospital trust", "Housing association" }.Select(n => new PartnerOrganisation { Name = n }));
            p.ProfessionalGroups.AddRange(new[] { "Social work", "Nursing", "Therapies", "Administration", "Management", "Housing" }.Select(n => new ProfessionalGroup { Name = n }));
            db.Partnerships.Add(p);
            await db.SaveChangesAsync();
            partners = p.Partners.Select(x => x.Id).ToArray();
            professions = p.ProfessionalGroups.Select(x => x.Id).ToArray();
            var round = new SurveyRound
            {
                PartnershipId = p.Id, Title = "Staff survey, large round", Status = RoundStatus.Closed, InstrumentVersion = "poet-staff-1.0",
                OpensOn = new DateOnly(2026, 9, 1), ClosesOn = new DateOnly(2026, 9, 30), CodeSalt = [1, 2, 3],
            };
            round.Items.AddRange(Enumerable.Range(0, ReportBenchmarks.Items).Select(i => new RoundItem
            {
                ItemId = $"B-{i + 1:00}", Section = i < 25 ? 2 : 3, Order = i + 1, Theme = "Benchmark",
                Text = $"Benchmark statement {i + 1} about how the partners work together for the people they serve.",
            }));
            round.Invitations.AddRange(Enumerable.Range(0, 12_000).Select(i => new Invitation
            {
                Email = $"person{i}@bench.example", Name = $"{FirstNames[i % 20]} {LastNames[i / 20 % 20]}", PartnerOrganisationId = partners[i % partners.Length],
                SendStatus = SendStatus.Sent, HasSubmitted = i < ReportBenchmarks.Responses,
            }));
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            rid = round.Id;
            items = round.Items.OrderBy(i => i.Order).Select(i => i.Id).ToArray();
        }

        await using (var connection = new SqliteConnection($"Data Source={temp}"))
        {
            await connection.OpenAsync();
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            var response = Command(connection, tx, "INSERT INTO Responses (Id, RoundId, Mode, IsSubmitted, SubmittedOn, PartnerOrganisationId, ProfessionalGroupId, LastSectionSaved) VALUES ($id, $rid, 0, 1, '2026-09-20', $partner, $profession, 4)");
            var answer = Command(connection, tx, "INSERT INTO Answers (ResponseId, RoundItemId, Value, Comment) VALUES ($id, $item, $value, $comment)");
            var outcome = Command(connection, tx, "INSERT INTO OutcomeStatements (Id, ResponseId, \"Order\", Outcome, Rationale) VALUES ($oid, $id, 1, $outcome, $rationale)");
            int[] weights = [3, 7, 6, 20, 8];
            for (var n = 0; n < ReportBenchmarks.Responses; n++)
            {
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                Run(response, ("$id", id), ("$rid", rid), ("$partner", random.Next(20) == 0 ? null : partners[Skewed(random, partners.Length)]),
                    ("$profession", random.Next(20) == 0 ? null : professions[random.Next(professions.Length)]));
                // About 3% leave one comment, 10% write one outcome: ~300 comments and ~1,000 outcome rows in the report.
                var commentOn = random.Next(33) == 0 ? random.Next(ReportBenchmarks.Items) : -1;
                for (var i = 0; i < ReportBenchmarks.Items; i++)
                {
                    int? value = random.Next(40) == 0 ? null : Pick(random, weights) + 1;
                    Run(answer, ("$id", id), ("$item", items[i]), ("$value", value),
                        ("$comment", i == commentOn ? $"Comment {n}: joint working has improved, but referrals between teams still take too long." : null));
                }
                if (random.Next(10) == 0)
                    Run(outcome, ("$oid", Guid.NewGuid().ToString().ToUpperInvariant()), ("$id", id), ("$outcome", $"People get help quickly, case {n % 400}"),
                        ("$rationale", "One shared referral route and a named worker mean nobody waits while teams decide who should act."));
            }
            await tx.CommitAsync();
        }
        SqliteConnection.ClearAllPools();
        System.IO.File.Move(temp, file);
    }

    private static int Skewed(Random random, int groups) => Math.Min(groups - 1, (int)(-Math.Log(1 - random.NextDouble()) * 1.2));

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var v = 0; v < weights.Length; v++)
            if ((roll -= weights[v]) < 0) return v;
        return weights.Length - 1;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).Distinct())
            command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name].Value = value ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
