using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>POET with ConnectionStrings:NationalReadReplica pointing at a second database of the same provider.</summary>
public sealed class ReplicaApp : PoetApp
{
    private readonly string _folder = Directory.CreateTempSubdirectory("poet-replica-").FullName;

    public string ReplicaConnection { get; }

    public ReplicaApp() => ReplicaConnection = IsPostgres
        ? Environment.GetEnvironmentVariable("POET_TEST_PG") + $";Database=poet_replica_{Guid.NewGuid().ToString("N")[..12]}"
        : $"Data Source={Path.Combine(_folder, "replica.db")}";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["ConnectionStrings:NationalReadReplica"] = ReplicaConnection };

    /// <summary>A context on the replica, for the test to fill as replication would.</summary>
    public PoetDb OpenReplica() => IsPostgres
        ? new PostgresPoetDb(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql(ReplicaConnection).Options)
        : new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), ReplicaConnection).Options);

    public override async ValueTask DisposeAsync()
    {
        await using (var replica = OpenReplica()) await replica.Database.EnsureDeletedAsync();
        await base.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The dashboard reads the replica, not the primary, when one is configured.</summary>
public class NationalReplicaTests(ReplicaApp app) : IClassFixture<ReplicaApp>
{
    private const int Year = 2010;

    [Fact]
    public async Task Get_ReplicaConfigured_ShowsTheReplicasRoundsNotThePrimarys()
    {
        await using (var replica = app.OpenReplica())
        {
            await replica.Database.MigrateAsync();
            await SeedAsync(replica, 6, usable: 20);
        }
        await app.WithDbAsync(db => SeedAsync(db, 5, usable: 10));

        var doc = await (await (await app.HostAdminAsync()).GetAsync($"/admin/national?from={Year}&to={Year}")).HtmlAsync();

        Assert.Equal("Based on 6 partnerships, 6 rounds and 120 usable staff responses.", doc.QuerySelector("#national-basis")?.TextContent);
        Assert.Contains("These figures were read from the read replica.", doc.QuerySelector("#method-note")?.TextContent);
    }

    /// <summary>Opted-in rounds of <paramref name="count"/> new partnerships in <paramref name="db"/>, each agreeing with every item.</summary>
    private static async Task SeedAsync(PoetDb db, int count, int usable)
    {
        var likert = ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).ToArray();
        for (var n = 0; n < count; n++)
        {
            var round = new SurveyRound
            {
                Partnership = new Partnership { Name = $"Replica {n}", Area = "Elsewhere", CreatedUtc = DateTime.UtcNow },
                Title = "Shared", Status = RoundStatus.Closed, InstrumentVersion = ItemBank.CurrentVersion,
                OpensOn = new DateOnly(Year, 1, 1), ClosesOn = new DateOnly(Year, 2, 1), CodeSalt = [1]
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            var national = new NationalRound
            {
                RoundId = round.Id, PartnershipId = round.PartnershipId, InstrumentVersion = ItemBank.CurrentVersion,
                Year = Year, Invited = usable, Usable = usable, OptedIn = true, AggregatedUtc = DateTime.UtcNow
            };
            national.Items.AddRange(likert.Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = usable }));
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
        }
    }
}
