using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;
using Poet.Data;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>
/// Two real POET instances: Kestrel on loopback, each with its own DI container, background workers and outbox
/// folder, on one database (the same SQLite file, or one PostgreSQL database in the postgres run). The database is
/// prepared by `poet migrate`, and both instances start with Poet:MigrateOnStart=false, as behind a load balancer.
/// </summary>
public class TwoInstances : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("poet-two-").FullName;
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string ConnectionString { get; } = PoetApp.IsPostgres
        ? Environment.GetEnvironmentVariable("POET_TEST_PG") + ";Database=poet_two_" + Guid.NewGuid().ToString("N")[..12]
        : "";

    public Instance A { get; private set; } = null!;
    public Instance B { get; private set; } = null!;

    protected virtual int AttemptsPerMinute => 10000;

    public string Connection => PoetApp.IsPostgres ? ConnectionString : $"Data Source={Path.Combine(_folder, "shared.db")}";

    public async Task InitializeAsync()
    {
        using (var output = new StringWriter())
        {
            var code = Poet.Cli.Program.Run(["migrate", "--provider", PoetApp.IsPostgres ? "postgres" : "sqlite", "--connection", Connection], output, output);
            if (code != 0) throw new InvalidOperationException("poet migrate failed: " + output);
        }
        A = Start();
        // A's first page makes the Data Protection key both instances then share through the database.
        (await new HttpClient().GetAsync(A.Url("/account/sign-in"))).EnsureSuccessStatusCode();
        B = Start();
    }

    private Instance Start()
    {
        var instance = new Instance(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Poet"] = Connection,
            ["Poet:MigrateOnStart"] = "false",
            ["Poet:SecretKey"] = _key,
            ["Poet:AttemptsPerMinute"] = AttemptsPerMinute.ToString(),
            // Instances share rate-limit counters only when they share this secret.
        });
        instance.UseKestrel(0);
        instance.StartServer();
        return instance;
    }

    /// <summary>A browser: one cookie jar whichever instance the load balancer picks, redirects not followed.</summary>
    public static HttpClient Browser(Uri? baseAddress = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        if (PoetApp.IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var db = DatabaseSetup.CreateContext(DatabaseProvider.Postgres, ConnectionString);
            await db.Database.EnsureDeletedAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _folder, Path.GetDirectoryName(A.OutboxFolder)!, Path.GetDirectoryName(B.OutboxFolder)! })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    public sealed class Instance(IDictionary<string, string?> settings) : PoetApp
    {
        protected override IDictionary<string, string?> Settings => settings;

        public string Url(string path) => new Uri(ClientOptions.BaseAddress, path).ToString();
    }
}

/// <summary>The same pair with a low sign-in limit, for the shared rate-limit test.</summary>
public sealed class TwoInstancesWithLowLimit : TwoInstances
{
    public const int Limit = 3;

    protected override int AttemptsPerMinute => Limit;
}
