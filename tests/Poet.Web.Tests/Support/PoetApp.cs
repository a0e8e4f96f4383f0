using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Tests.Support;

/// <summary>
/// POET on a throwaway database of the provider named by POET_TEST_DB ("sqlite", the default, or "postgres",
/// which needs POET_TEST_PG, e.g. "Host=127.0.0.1;Port=55432;Username=postgres"). One per test class.
/// Background timers are slowed to an hour so tests drive the outbox and reminders themselves.
/// </summary>
public class PoetApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    private readonly string _folder = Directory.CreateTempSubdirectory("poet-test-").FullName;
    // The server secret lives outside the data folder, as POET requires (PoetSecrets).
    private readonly string _secrets = Directory.CreateTempSubdirectory("poet-test-secret-").FullName;
    private readonly string _pgDatabase = "poet_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string ProviderName => Environment.GetEnvironmentVariable("POET_TEST_DB") is { Length: > 0 } p ? p : "sqlite";
    public static bool IsPostgres => ProviderName.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public string OutboxFolder => Path.Combine(_folder, "outbox");
    /// <summary>Everything an attacker who copies the data folder gets: the SQLite database, its WAL and the outbox.</summary>
    public string DataFolder => _folder;
    public string SecretKeyFile => Path.Combine(_secrets, "secret.key");

    /// <summary>Extra settings a test class needs, e.g. a low rate limit.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public string ConnectionString => IsPostgres
        ? (Environment.GetEnvironmentVariable("POET_TEST_PG") ?? throw new InvalidOperationException("POET_TEST_DB=postgres needs POET_TEST_PG")) + $";Database={_pgDatabase}"
        : $"Data Source={Path.Combine(_folder, "poet.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Poet", ConnectionString);
        builder.UseSetting("Mail:Mode", "FileDrop");
        builder.UseSetting("Mail:PickupFolder", OutboxFolder);
        builder.UseSetting("Poet:BaseUrl", "http://localhost");
        builder.UseSetting("Poet:AttemptsPerMinute", "10000");
        builder.UseSetting("Poet:OutboxPollInterval", "01:00:00");
        builder.UseSetting("Poet:MixInterval", "01:00:00");
        builder.UseSetting("Poet:SecretKeyFile", SecretKeyFile);
        builder.UseSetting("Poet:ReminderCheckInterval", "01:00:00");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public Task InitializeAsync()
    {
        _ = Services; // starts the host, which migrates the database
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (IsPostgres)
        {
            using var scope = Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<PoetDb>().Database.EnsureDeletedAsync();
        }
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        try { Directory.Delete(_secrets, recursive: true); } catch (IOException) { }
    }

    public async Task<T> WithDbAsync<T>(Func<PoetDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PoetDb>());
    }

    public async Task WithDbAsync(Func<PoetDb, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<PoetDb>());
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<PoetUser> CreateUserAsync(string email, bool hostAdmin = false, int? partnershipId = null, PartnershipRole role = PartnershipRole.Coordinator)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PoetUser>>();
        var user = new PoetUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], IsHostAdmin = hostAdmin, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        if (partnershipId is int pid)
        {
            var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
            db.Members.Add(new PartnershipMember { PartnershipId = pid, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        }
        return user;
    }

    public Task<int> CreatePartnershipAsync(string name, params string[] partners) => WithDbAsync(async db =>
    {
        var p = new Partnership { Name = name, Area = "Testshire", ClientGroup = "Children", CreatedUtc = DateTime.UtcNow };
        p.Partners.AddRange((partners.Length == 0 ? ["Council", "Health trust"] : partners).Select(n => new PartnerOrganisation { Name = n }));
        p.ProfessionalGroups.AddRange(new[] { "Social work", "Nursing", "Administration" }.Select(n => new ProfessionalGroup { Name = n }));
        db.Partnerships.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    /// <summary>
    /// A client with cookies, not following redirects, so tests can assert where a form sends the user. It talks to
    /// <see cref="WebApplicationFactoryClientOptions.BaseAddress"/>: the test server, or Kestrel after UseKestrel.
    /// </summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = Password });
        if ((int)response.StatusCode != 302) throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return client;
    }
}
