using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Text;
using Poet.Data;

namespace Poet.Web.Infrastructure;

public static class Startup
{
    /// <summary>
    /// Applies migrations (unless Poet:MigrateOnStart is false, for hosts that run `poet migrate` as a release step),
    /// seeds the demo when asked, and prints where to go next. Instances starting together may all migrate: EF Core
    /// holds a migrations lock in the database, so one applies them and the rest wait.
    /// </summary>
    public static async Task PrepareAsync(WebApplication app, bool seedDemo)
    {
        string? demoPassword = null;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PoetDb>();
            if (app.Configuration.GetValue("Poet:MigrateOnStart", true)) await db.Database.MigrateAsync();
            else if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
                throw new InvalidOperationException(
                    $"The database lacks {Wording.Count(pending.Count, "migration")}, from {pending[0]}; run `poet migrate` first, or set Poet:MigrateOnStart to true.");
            // A bad or misplaced secret stops the start here, not at someone's first page save.
            app.Services.GetRequiredService<PoetSecrets>();
            await KeyRing.RemoveUnencryptedKeysAsync(db);
            if (seedDemo) demoPassword = await DemoData.SeedAsync(scope.ServiceProvider);
            if (!await db.Users.AnyAsync(u => u.IsHostAdmin)) app.Services.GetRequiredService<FirstRunSetup>().Begin();
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = app.Services.GetRequiredService<PublicUrls>();
            var setup = app.Services.GetRequiredService<FirstRunSetup>();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine($"POET is running at {string.Join(", ", addresses)}");
            if (setup.IsPending && setup.Token is { } token)
                Console.WriteLine($"First run: create the host administrator at {urls.BaseUrl}/setup/{token}");
            if (demoPassword is not null)
                Console.WriteLine($"Demo data loaded: sign in at {urls.BaseUrl}/account/sign-in as {DemoData.CoordinatorEmail} (or {DemoData.FacilitatorEmail}) with password {demoPassword}");
            Console.WriteLine();
        });
    }
}
