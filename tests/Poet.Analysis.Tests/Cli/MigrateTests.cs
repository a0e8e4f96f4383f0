using Microsoft.Data.Sqlite;

namespace Poet.Analysis.Tests.Cli;

/// <summary>`poet migrate` on SQLite files here; the PostgreSQL path runs in Poet.Web.Tests' two-instance test.</summary>
public sealed class MigrateTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        cli.Dispose();
    }

    [Fact]
    public void Migrate_NewSqliteFile_AppliesMigrationsThenSaysUpToDate()
    {
        var connection = $"Data Source={cli.PathOf("poet.db")}";

        var first = cli.Run("migrate", "--connection", connection);
        var second = cli.Run("migrate", "--connection", connection);

        Assert.Equal((0, ""), (first.Code, first.Error));
        Assert.Matches(@"^Applied \d+ migrations to the Sqlite database; it is now at \d{14}_\w+\.\n$", first.Out.ReplaceLineEndings("\n"));
        Assert.Equal(0, second.Code);
        Assert.StartsWith("The Sqlite database is already up to date (latest migration ", second.Out);
        Assert.Equal(1, ScalarOnFile(cli.PathOf("poet.db"), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Partnerships'"));
    }

    [Fact]
    public void Migrate_SettingsFile_ReadsTheWebAppsKeys()
    {
        var file = cli.PathOf("sub/poet.db");
        var settings = cli.Write("appsettings.json", $$"""{ "Database": { "Provider": "Sqlite" }, "ConnectionStrings": { "Poet": "Data Source={{file}}" } }""");

        var (code, stdout, _) = cli.Run("migrate", "--settings", settings);

        Assert.Equal(0, code);
        Assert.StartsWith("Applied ", stdout);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void Migrate_MalformedConnectionString_Exits2WithOneLine()
    {
        var (code, _, stderr) = cli.Run("migrate", "--provider", "postgres", "--connection", "Host=127.0.0.1;;Port");

        Assert.Equal(2, code);
        Assert.StartsWith("poet: The connection string is not valid for Postgres: ", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Migrate_UnreachableServer_Exits3WithOneLine()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var (code, _, stderr) = cli.Run("migrate", "--provider", "postgres", "--connection", "Host=127.0.0.1;Port=1;Username=poet;Timeout=3");

        Assert.Equal(3, code);
        Assert.Equal("poet: cannot reach the Postgres database: Connection refused\n", stderr.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("mysql", "poet: Database:Provider must be 'Sqlite' or 'Postgres', not 'mysql'.")]
    public void Migrate_UnknownProvider_Exits2(string provider, string message)
    {
        var (code, _, stderr) = cli.Run("migrate", "--provider", provider);

        Assert.Equal((2, message), (code, stderr.TrimEnd()));
    }

    [Fact]
    public void Migrate_MissingSettingsFile_Exits2()
    {
        var (code, _, stderr) = cli.Run("migrate", "--settings", cli.PathOf("nope.json"));

        Assert.Equal(2, code);
        Assert.Equal($"poet: The settings file {cli.PathOf("nope.json")} does not exist.", stderr.TrimEnd());
    }

    private static long ScalarOnFile(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
