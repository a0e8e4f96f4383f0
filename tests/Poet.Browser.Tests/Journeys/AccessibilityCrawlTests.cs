using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// axe (serious and critical) on every kind of page the demo's coordinator, facilitator and a host admin can reach by
/// links (issue 15): one page per route shape (ids replaced), so a new page is covered as soon as something links to it.
/// </summary>
public partial class AccessibilityCrawlTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task DemoPages_AsCoordinatorFacilitatorAndHost_HaveNoSeriousAccessibilityProblems()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        await app.CreateUserAsync("host@axe.test", hostAdmin: true);

        var checkedShapes = new HashSet<string>();
        var violations = new List<string>();
        foreach (var (email, pass) in new[] { (DemoData.CoordinatorEmail, password), (DemoData.FacilitatorEmail, password), ("host@axe.test", PoetApp.Password) })
        {
            app.Driver.Manage().Cookies.DeleteAllCookies();
            app.SignIn(email, pass);
            var http = app.NewClient();
            using (var signIn = await http.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = pass }))
                Assert.DoesNotContain("/account/sign-in", signIn.RequestMessage!.RequestUri!.AbsolutePath + signIn.Headers.Location);
            var seen = new HashSet<string> { "/partnerships", "/admin" };
            var queue = new Queue<string>(seen);
            while (queue.Count > 0)
            {
                var path = queue.Dequeue();
                using var response = await http.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var shape = Shape(path);
                var hrefs = (await response.HtmlAsync()).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0])
                    .Where(h => h.StartsWith('/') && !h.StartsWith("//") && !h.StartsWith("/account/sign-out"));
                foreach (var href in hrefs)
                    if (seen.Add(href) && !checkedShapes.Contains(Shape(href))) queue.Enqueue(href);
                if (!checkedShapes.Add(shape)) continue;
                app.Go(path);
                violations.AddRange(app.SeriousAccessibilityViolations());
                // Fits a 1280 px window with no sideways scrolling (issue 15 item 7: the roster was 1,540 px wide).
                var overflow = (long)((IJavaScriptExecutor)app.Driver).ExecuteScript("return document.documentElement.scrollWidth - window.innerWidth;")!;
                if (overflow > 0) violations.Add($"{overflow} px wider than the window at {path}");
                if (shape.EndsWith("/roster", StringComparison.Ordinal))
                {   // ...and reflows on a phone: each person's row stacks into a card
                    app.Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
                    var phone = (long)((IJavaScriptExecutor)app.Driver).ExecuteScript("return document.documentElement.scrollWidth - window.innerWidth;")!;
                    if (phone > 0) violations.Add($"{phone} px wider than a 390 px phone at {path}");
                    app.Driver.Manage().Window.Size = new System.Drawing.Size(1280, 900);
                }
            }
        }

        Assert.True(checkedShapes.Count > 40, $"only {checkedShapes.Count} kinds of page were checked");
        Assert.True(violations.Count == 0, $"{violations.Count} problems on {checkedShapes.Count} kinds of page:\n" + string.Join("\n", violations));
    }

    /// <summary>"/partnerships/3/rounds/7/report?order=x" → "/partnerships/#/rounds/#/report".</summary>
    private static string Shape(string path) => Number().Replace(path.Split('?')[0], "/#");

    [GeneratedRegex(@"/\d+(?=/|$)")] private static partial Regex Number();
}
