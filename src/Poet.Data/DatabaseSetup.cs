using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Poet.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/poet.db";

    /// <summary>
    /// Registers <see cref="PoetDb"/> backed by the chosen provider's subclass and migrations. Contexts are pooled:
    /// setting up a fresh context cost about a fifth of a survey page's database time under load (bench/results).
    /// </summary>
    public static IServiceCollection AddPoetDb(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PoetDb, PostgresPoetDb>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            services.AddDbContextPool<PoetDb, SqlitePoetDb>(o => UseSqlite(o, connectionString));
        }
        return services;
    }

    /// <summary>
    /// The provider and connection string from "Database:Provider" and "ConnectionStrings:Poet"; the web app and
    /// `poet migrate` both read them here so that they always open the same database.
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString) FromConfiguration(IConfiguration config) =>
        (ParseProvider(config["Database:Provider"]), config.GetConnectionString("Poet") is { Length: > 0 } cs ? cs : DefaultSqlite);

    /// <summary>A context outside dependency injection, for the command line.</summary>
    public static PoetDb CreateContext(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            return new PostgresPoetDb(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql(connectionString).Options);
        EnsureSqliteFolder(connectionString);
        return new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), connectionString).Options);
    }

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).ReplaceService<IMigrationsSqlGenerator, SqliteWithoutRowIdGenerator>().AddInterceptors(SqliteTuning.Instance);

    public static DatabaseProvider ParseProvider(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider must be 'Sqlite' or 'Postgres', not '{value}'."),
        };

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }
}

/// <summary>Used by `dotnet ef migrations add ... --context SqlitePoetDb`.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqlitePoetDb>
{
    public SqlitePoetDb CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), DatabaseSetup.DefaultSqlite).Options);
}

/// <summary>Used by `dotnet ef migrations add ... --context PostgresPoetDb`; no server is contacted.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresPoetDb>
{
    public PostgresPoetDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql("Host=127.0.0.1;Database=poet").Options);
}
