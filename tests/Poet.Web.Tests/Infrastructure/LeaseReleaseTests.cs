using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>Issue 14, point 8: a graceful stop hands the jobs over at once.</summary>
public class LeaseReleaseTests
{
    [Fact]
    public async Task GracefulStop_ReleasesThisInstancesLeases_AndNoOneElses()
    {
        var app = new PoetApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        var connection = app.ConnectionString;
        var provider = PoetApp.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var later = DateTime.UtcNow.AddMinutes(5);
        try
        {
            Assert.True(await app.Get<Leases>().TryClaimAsync(JobLease.Outbox, TimeSpan.FromMinutes(5)));
            Assert.True(await app.Get<Leases>().TryClaimAsync(JobLease.Reminders, TimeSpan.FromMinutes(5)));
            await app.WithDbAsync(db => db.JobLeases.Where(j => j.Name == JobLease.Reminders)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Holder, "another-instance").SetProperty(j => j.ExpiresUtc, later)));

            await app.DisposeAsync(); // stops the host as a SIGTERM would

            await using var db = DatabaseSetup.CreateContext(provider, connection);
            var leases = await db.JobLeases.AsNoTracking().ToDictionaryAsync(j => j.Name);
            Assert.True(leases[JobLease.Outbox].ExpiresUtc < DateTime.UtcNow, $"outbox lease still runs to {leases[JobLease.Outbox].ExpiresUtc:O}");
            Assert.Equal("another-instance", leases[JobLease.Reminders].Holder);
            Assert.True(leases[JobLease.Reminders].ExpiresUtc > DateTime.UtcNow);
        }
        finally
        {
            await using var db = DatabaseSetup.CreateContext(provider, connection);
            if (PoetApp.IsPostgres) await db.Database.EnsureDeletedAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!PoetApp.IsPostgres) try { Directory.Delete(Path.GetDirectoryName(connection["Data Source=".Length..])!, true); } catch (IOException) { }
        }
    }
}
