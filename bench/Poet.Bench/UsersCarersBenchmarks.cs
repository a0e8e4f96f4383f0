using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Bench;

/// <summary>
/// Phase two at scale: 5,000 questionnaire returns (11 outcomes, 6 services, 7 barriers, 4 statements each) and 200
/// interviews in a SQLite file, read as the web app reads them. The file is seeded once and reused (delete it after
/// changing the seed). Run in process with a short job, since building a separate benchmark exe timed out on the
/// shared machine: <c>-- analysis --filter '*UsersCarers*' --inProcess --warmupCount 2 --iterationCount 5</c>.
/// </summary>
[MemoryDiagnoser]
public class UsersCarersBenchmarks
{
    public const int Returns = 5_000, Interviews = 200;
    private static readonly string File = Path.Combine(Path.GetTempPath(), "poet-bench-users-carers-v1.db");
    private static readonly string[] Outcomes =
    [
        "Being treated with kindness and care", "Easy access by telephone", "A welcoming building", "Services responding quickly",
        "Information passed to other services only with our agreement", "Telling our story once, not repeating it",
        "Knowing how to get help from other services", "Being asked about changes in services", "Having the support we will get written down for us",
        "Being offered home visits", "Having one professional to co-ordinate our support",
    ];
    private int _pid;
    private LocalReport _report = null!;
    private string[] _outcomes = [];
    private UcReturn[] _returns = [];
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    private static SqlitePoetDb Open() =>
        new((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), $"Data Source={File}").Options);

    [GlobalSetup]
    public async Task Setup()
    {
        if (!System.IO.File.Exists(File)) await SeedAsync();
        await using var db = Open();
        // A file seeded before the latest migrations needs them (the reports read the moderation table).
        await db.Database.MigrateAsync();
        _pid = await db.UcQuestionnaires.Select(q => q.PartnershipId).SingleAsync();
        _report = (await LocalReport.LoadAsync(db, _pid))!;
        if (_report.Families.Analysis.Respondents != Returns || _report.Families.Interviews + _report.Families.Declined != Interviews)
            throw new InvalidOperationException($"Unexpected benchmark data in {File}: delete it and run again.");
        var random = new Random(5_000);
        _outcomes = Outcomes;
        _returns = Enumerable.Range(0, Returns).Select(n => new UcReturn(n % 4 == 0 ? RespondentGroup.Users : RespondentGroup.Carers,
            Outcomes.Select(_ => (int?)random.Next(1, 5)).ToArray(), Outcomes.Select(_ => (int?)random.Next(1, 6)).ToArray(),
            Outcomes.Select((_, i) => i == n % Outcomes.Length).ToArray())).ToArray();
    }

    [Benchmark]
    public int AnalysisInMemory() => PhaseTwoAnalysis.Analyse(_outcomes, _returns, Outcomes.Select((_, i) => (double?)i).ToArray()).Grid.Count;

    [Benchmark]
    public async Task<int> LocalReportModel()
    {
        await using var db = Open();
        return (await LocalReport.LoadAsync(db, _pid))!.NextSteps.Count;
    }

    /// <summary>As the web app serves it: the closed questionnaire's returns come from the cache after the first request.</summary>
    [Benchmark]
    public async Task<int> LocalReportModelCached()
    {
        await using var db = Open();
        return (await LocalReport.LoadAsync(db, _pid, _cache))!.NextSteps.Count;
    }

    [Benchmark]
    public int LocalReportPdf() => LocalReportFiles.Pdf(_report).Bytes.Length;

    [Benchmark]
    public int LocalReportWord() => LocalReportFiles.Word(_report).Length;

    private static async Task SeedAsync()
    {
        var temp = File + ".seeding";
        if (System.IO.File.Exists(temp)) System.IO.File.Delete(temp);
        var random = new Random(200);
        await using (var db = new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), $"Data Source={temp}").Options))
        {
            await db.Database.MigrateAsync();
            var p = new Partnership { Name = "Benchmark partnership", Area = "Benchshire", ClientGroup = "Families", CreatedUtc = DateTime.UtcNow };
            db.Partnerships.Add(p);
            await db.SaveChangesAsync();
            var q = new UcQuestionnaire { PartnershipId = p.Id, Title = "What matters to you", Status = UcStatus.Closed, LinkKey = "bench", CodeSalt = [1], CreatedUtc = DateTime.UtcNow };
            void Add(UcItemKind kind, IReadOnlyList<string> texts) => q.Items.AddRange(texts.Select((t, i) => new UcItem
            {
                Kind = kind, Order = i + 1, Text = t, StaffSupport = kind == UcItemKind.Outcome ? (i * 7) % 11 : null, StaffRatedSerious = kind == UcItemKind.Barrier && i < 3,
            }));
            Add(UcItemKind.Outcome, Outcomes);
            var start = UcQuestionBank.Current.For(p);
            Add(UcItemKind.Service, start.Services);
            Add(UcItemKind.Barrier, start.Barriers);
            Add(UcItemKind.Statement, start.Statements);
            db.UcQuestionnaires.Add(q);
            await db.SaveChangesAsync();
            var items = q.Items.ToArray();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var batch = 0; batch < Returns / 500; batch++)
            {
                for (var n = 0; n < 500; n++)
                {
                    var r = new UcResponse
                    {
                        Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = (UcMethod)(n % 3), IsSubmitted = true, SubmittedOn = new DateOnly(2026, 10, 1),
                        RespondentType = (UcRespondentType)(n % 3 + 1), SupportLength = n % 3 + 1,
                        AnythingElse = n % 20 == 0 ? $"Comment {batch}-{n}: the keyworker makes the difference, but respite is hard to get." : "",
                    };
                    foreach (var i in items)
                        r.Answers.Add(i.Kind switch
                        {
                            UcItemKind.Outcome => new UcAnswer { ItemId = i.Id, Importance = random.Next(1, 5), Happens = random.Next(1, 6), Chosen = random.Next(4) == 0 },
                            UcItemKind.Statement => new UcAnswer { ItemId = i.Id, Agreement = random.Next(1, 6) },
                            _ => new UcAnswer { ItemId = i.Id, Chosen = random.Next(3) == 0 },
                        });
                    db.UcResponses.Add(r);
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            var outcomes = items.Where(i => i.Kind == UcItemKind.Outcome).ToArray();
            db.UcInterviews.AddRange(Enumerable.Range(0, Interviews).Select(n => new UcInterview
            {
                QuestionnaireId = q.Id, Consent = n % 10 != 0, HeldOn = new DateOnly(2026, 11, 1), RespondentType = UcRespondentType.CarerOrFamily,
                Notes = $"Interview {n}: contact mostly at home.", Missing = n % 7 == 0 ? "Help with respite" : "",
                Marks = [new UcInterviewMark { ItemId = outcomes[n % 11].Id, Mark = UcSheetMark.MostImportant }, new UcInterviewMark { ItemId = outcomes[(n + 5) % 11].Id, Mark = UcSheetMark.DoesNotMatter }],
                Quotes = [new UcQuote { ItemId = outcomes[n % 11].Id, Text = $"Quotation {n}: they listen to us.", Approved = n % 2 == 0 }],
            }));
            await db.SaveChangesAsync();
        }
        // Closing the pooled connections checkpoints the WAL into the file, so the file can be moved alone.
        SqliteConnection.ClearAllPools();
        System.IO.File.Move(temp, File);
    }
}
