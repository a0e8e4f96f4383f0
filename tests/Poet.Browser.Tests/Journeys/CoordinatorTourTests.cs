using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// The demo partnership's main coordinator pages, each checked with axe. With POET_SCREENSHOTS=folder set, it also
/// saves the README's tour screenshots there.
/// </summary>
public class CoordinatorTourTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task DemoCoordinator_MainPages_HaveNoSeriousAccessibilityProblems()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());
        app.SignIn(DemoData.CoordinatorEmail, password);

        (string Path, string? Shot, string Expect)[] pages =
        [
            ($"/partnerships/{pid}", "partnership", DemoData.PartnershipName),
            ($"/partnerships/{pid}/rounds/{rid}", "round-dashboard", "Submitted"),
            ($"/partnerships/{pid}/rounds/{rid}/report", "report", "Areas for celebration"),
            ($"/partnerships/{pid}/rounds/{rid}/outcomes/agreed", "agreed-outcomes", "Being treated with kindness and care"),
            // Its README screenshot is the local report's (FeatureTourTests).
            ($"/partnerships/{pid}/users-carers", null, "users"),
        ];
        var folder = Environment.GetEnvironmentVariable("POET_SCREENSHOTS");
        foreach (var (path, shot, expect) in pages)
        {
            app.Go(path);
            Assert.Contains(expect, app.Driver.FindElement(By.TagName("main")).Text, StringComparison.OrdinalIgnoreCase);
            app.AssertAccessible();
            if (!string.IsNullOrEmpty(folder) && shot is not null) app.Screenshot(Path.Combine(folder, shot + ".png"));
        }
    }
}
