using Microsoft.EntityFrameworkCore;
using Poet.Data;

namespace Poet.Web.Pages.Admin.National;

/// <summary>
/// Where the national dashboard reads: a read replica when <c>ConnectionStrings:NationalReadReplica</c> is set (same
/// provider as the primary), otherwise the primary. The replica context never tracks, and nothing is saved through it.
/// </summary>
public static class NationalReadDb
{
    public const string Setting = "NationalReadReplica";

    /// <summary>The context to read from; dispose it only when <paramref name="isReplica"/> is true.</summary>
    public static PoetDb Open(PoetDb primary, IConfiguration config, out bool isReplica)
    {
        var replica = config.GetConnectionString(Setting);
        isReplica = !string.IsNullOrWhiteSpace(replica);
        if (!isReplica) return primary;
        return DatabaseSetup.ParseProvider(config["Database:Provider"]) == DatabaseProvider.Postgres
            ? new PostgresPoetDb(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql(replica)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options)
            : new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), replica!)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
    }
}
