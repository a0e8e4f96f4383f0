using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>A POET whose clock stands still at a known instant, as a test that moves time would set it.</summary>
public sealed class StoppedClockApp : PoetApp
{
    public static readonly DateTimeOffset Instant = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Instant;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new StoppedClock()));
    }
}

/// <summary>Issue 21: "now" comes from the registered TimeProvider, through the database's clock where code holds the database.</summary>
public class ClockTests(StoppedClockApp app) : IClassFixture<StoppedClockApp>
{
    [Fact]
    public async Task CreatingAPartnership_StampsItAndItsAuditEntryWithTheAppsClock()
    {
        var client = await app.HostAdminAsync();
        var name = "Clockwork " + Guid.NewGuid().ToString("N")[..6];

        await client.PostFormAsync("/partnerships/new", new() { ["Name"] = name, ["Area"] = "Riverside" });

        var (created, audited) = await app.WithDbAsync(async db =>
        {
            var p = await db.Partnerships.SingleAsync(x => x.Name == name);
            var a = await db.Audit.Where(x => x.PartnershipId == p.Id && x.Action == "partnership.created").Select(x => x.AtUtc).SingleAsync();
            return (p.CreatedUtc, a);
        });
        // 2031-03-14 09:26:53 UTC is the stopped clock's instant, years from the machine's own date.
        Assert.Equal(new DateTime(2031, 3, 14, 9, 26, 53, DateTimeKind.Utc), created);
        Assert.Equal(new DateTime(2031, 3, 14, 9, 26, 53, DateTimeKind.Utc), audited);
    }

    [Fact]
    public async Task DatabaseClock_IsTheRegisteredTimeProvider()
    {
        Assert.Equal(new DateTime(2031, 3, 14, 9, 26, 53, DateTimeKind.Utc), await app.WithDbAsync(db => Task.FromResult(db.UtcNow)));
    }
}
