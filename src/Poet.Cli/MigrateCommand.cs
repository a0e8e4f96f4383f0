using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Poet.Analysis.Text;
using Poet.Data;

namespace Poet.Cli;

/// <summary>
/// `poet migrate`: brings the database up to date as a release step, so web instances can start with
/// Poet:MigrateOnStart=false. Settings come from the same keys and sources as the web app (appsettings.json in the
/// current folder, environment variables), with --provider and --connection to override them.
/// </summary>
public static class MigrateCommand
{
    public const int Unreachable = 3;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse("migrate", args, ["settings", "provider", "connection"]);
        var (provider, connectionString) = Settings(options);
        CheckConnectionString(provider, connectionString);
        try
        {
            using var db = DatabaseSetup.CreateContext(provider, connectionString);
            var pending = db.Database.GetPendingMigrations().ToList();
            db.Database.Migrate();
            var latest = db.Database.GetAppliedMigrations().LastOrDefault() ?? "none";
            stdout.WriteLine(pending.Count == 0
                ? $"The {provider} database is already up to date (latest migration {latest})."
                : $"Applied {Wording.Count(pending.Count, "migration")} to the {provider} database; it is now at {latest}.");
            return Program.Success;
        }
        catch (Exception e) when (CannotConnect(e))
        {
            stderr.WriteLine($"poet: cannot reach the {provider} database: {Innermost(e).Message.ReplaceLineEndings(" ")}");
            return Unreachable;
        }
    }

    private static (DatabaseProvider, string) Settings(Options options)
    {
        var settingsFile = options.Get("settings");
        if (settingsFile is not null && !File.Exists(settingsFile)) throw new CliInputException($"The settings file {settingsFile} does not exist.");
        var overrides = new Dictionary<string, string?>();
        if (options.Get("provider") is { } provider) overrides["Database:Provider"] = provider;
        if (options.Get("connection") is { } connection) overrides["ConnectionStrings:Poet"] = connection;
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath(settingsFile ?? "appsettings.json"), optional: settingsFile is null)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        try
        {
            return DatabaseSetup.FromConfiguration(config);
        }
        catch (InvalidOperationException e)
        {
            throw new CliInputException(e.Message);
        }
    }

    private static void CheckConnectionString(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.Postgres) _ = new NpgsqlConnectionStringBuilder(connectionString);
            else _ = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new CliInputException($"The connection string is not valid for {provider}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static bool CannotConnect(Exception e) =>
        e is NpgsqlException or SqliteException or SocketException or TimeoutException || (e.InnerException is { } inner && CannotConnect(inner));

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
