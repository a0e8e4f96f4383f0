using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Poet.Data;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>
/// Migrations that change existing data, run on a database built by the migrations before them, on the provider the
/// suite runs on (POET_TEST_DB). Rows are written in SQL, because the entity model already has the new columns.
/// </summary>
public sealed class MigrationDataTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "poet-migration-" + Guid.NewGuid().ToString("N"));
    private readonly string _pgDatabase = "poet_migration_" + Guid.NewGuid().ToString("N")[..12];
    private PoetDb _db = null!;

    public Task InitializeAsync()
    {
        if (PoetApp.IsPostgres)
            _db = DatabaseSetup.CreateContext(DatabaseProvider.Postgres, Environment.GetEnvironmentVariable("POET_TEST_PG") + $";Database={_pgDatabase}");
        else
        {
            Directory.CreateDirectory(_folder);
            _db = DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "poet.db")}");
        }
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _db.Database.EnsureDeletedAsync();
        await _db.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Migrations_MatchTheModel()
    {   // branches merged with migrations each: the merged model snapshot must still describe the entity model
        Assert.False(_db.Database.HasPendingModelChanges(), "The model has changes no migration makes: run scripts/add-migration.sh");
    }

    [Fact]
    public async Task RoundThresholds_PublishedRoundLockedFromItsFirstPublication_UnpublishedLeftOpen()
    {   // issue 16: "no test of thresholds lock migration on a published DB"
        var migrations = _db.Database.GetMigrations().ToList();
        var target = migrations.Single(m => m.EndsWith("_RoundThresholds", StringComparison.Ordinal));
        var migrator = _db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(target) - 1]);

        var pid = await InsertAsync("Partnerships", new() { ["Name"] = "Riverside", ["Area"] = "North" });
        var published = await InsertAsync("Rounds", new() { ["PartnershipId"] = pid, ["Title"] = "Autumn 2008" });
        await InsertAsync("Rounds", new() { ["PartnershipId"] = pid, ["Title"] = "Spring 2009" });
        var later = await InsertAsync("Rounds", new() { ["PartnershipId"] = pid, ["Title"] = "Autumn 2009" });
        var first = new DateTime(2008, 12, 1, 9, 30, 0, DateTimeKind.Utc);
        await InsertAsync("PublishedReports", new() { ["RoundId"] = published, ["ShareKey"] = "a", ["PublishedUtc"] = first, ["PublishedBy"] = "x" });
        await InsertAsync("PublishedReports", new() { ["RoundId"] = later, ["ShareKey"] = "b", ["PublishedUtc"] = first.AddYears(1), ["PublishedBy"] = "x" });

        await migrator.MigrateAsync(target);

        // Only the columns this migration knows: later migrations add others to Rounds.
        var rounds = await _db.Rounds.AsNoTracking().Where(r => r.PartnershipId == pid).OrderBy(r => r.Id)
            .Select(r => new { r.ThresholdsLockedUtc, r.CelebrationMinAgreePercent, r.CelebrationMaxDisagreePercent, r.DevelopmentMinDisagreePercent, r.DevelopmentDontKnowAbovePercent })
            .ToListAsync();
        Assert.Equal(first, rounds[0].ThresholdsLockedUtc!.Value.ToUniversalTime());
        Assert.Null(rounds[1].ThresholdsLockedUtc);
        Assert.Equal(first.AddYears(1), rounds[2].ThresholdsLockedUtc!.Value.ToUniversalTime());
        // Both keep POET's standard rule (brief §3.3: celebrate at 75% agree and at most 10% disagree; develop at 25% disagree or 30% don't know).
        Assert.All(rounds, r => Assert.Equal((75, 10, 25, 30),
            (r.CelebrationMinAgreePercent, r.CelebrationMaxDisagreePercent, r.DevelopmentMinDisagreePercent, r.DevelopmentDontKnowAbovePercent)));
    }

    /// <summary>
    /// Inserts a row with <paramref name="values"/> and a type-appropriate blank (0, '', an empty blob, a date) in every
    /// other NOT NULL column without a default, as a row written by an earlier version would have; returns its id.
    /// </summary>
    private async Task<int> InsertAsync(string table, Dictionary<string, object> values)
    {
        var connection = _db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        foreach (var (column, type) in await RequiredColumnsAsync(connection, table))
        {
            if (values.ContainsKey(column)) continue;
            var t = type.ToLowerInvariant();
            // SQLite keeps dates as TEXT: POET's date columns end in "On" (DateOnly) or "Utc" (DateTime).
            values[column] = column.EndsWith("Utc", StringComparison.Ordinal) ? new DateTime(2008, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                : column.EndsWith("On", StringComparison.Ordinal) && !PoetApp.IsPostgres ? "2008-01-01"
                : t.Contains("int") || t.Contains("numeric") || t.Contains("real") || t.Contains("double") ? 0
                : t.Contains("bool") ? false
                : t.Contains("blob") || t.Contains("bytea") ? Array.Empty<byte>()
                : t.Contains("timestamp") ? new DateTime(2008, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                : t.Contains("date") ? new DateOnly(2008, 1, 1)
                : t.Contains("uuid") ? Guid.NewGuid()
                : "";
        }
        await using var command = connection.CreateCommand();
        var names = values.Keys.ToList();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))}) RETURNING \"Id\"";
        for (var i = 0; i < names.Count; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = PoetApp.IsPostgres || values[names[i]] is not DateTime d ? values[names[i]] : d.ToString("yyyy-MM-dd HH:mm:ss");
            command.Parameters.Add(p);
        }
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    private static async Task<List<(string Column, string Type)>> RequiredColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PoetApp.IsPostgres
            ? $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' AND is_nullable = 'NO' AND column_default IS NULL"
            : $"SELECT name, type FROM pragma_table_info('{table}') WHERE \"notnull\" = 1 AND dflt_value IS NULL AND pk = 0";
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            if (reader.GetString(0) != "Id") columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }
}
