using System.Drawing;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// Issue 17: "only 4 of 11 outcomes visible at 1280×720, vote bars starting wherever each label ends". The projector
/// screen with 5, 11, 24 and 40 candidate outcomes, results revealed, on a 1280 × 720 and a 1920 × 1080 projector:
/// every outcome is on the screen without scrolling, and every bar starts at the same place.
/// </summary>
public class ProjectorLayoutTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Screen_FiveToFortyOutcomes_AllVisible_BarsAligned()
    {
        var round = await OutcomeRound.CreateAsync(app, "A central referral system");
        static string[] Wordings(int from, int to) => Enumerable.Range(from, to - from + 1)
            .Select(n => n % 4 == 0 ? $"Outcome {n}: families have one person who co-ordinates the help they get from every service" : $"Outcome {n}: services respond quickly").ToArray();
        await round.AddCandidatesAsync(app, Wordings(1, 5));
        app.SignIn(round.Facilitator, PoetApp.Password);
        app.Go(round.Workshop);
        var votes = app.Driver.FindElement(By.Id("VotesPerParticipant"));
        votes.Clear();
        votes.SendKeys("3");
        app.PressEnterAndWait(votes); // opens the workshop
        await app.WithDbAsync(async db =>
        {
            var w = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Workshops, x => x.RoundId == round.Rid);
            w.ResultsRevealed = true;
            return await db.SaveChangesAsync();
        });
        var added = 5;
        var seen = new List<string>();
        foreach (var count in new[] { 5, 11, 24, 40 })
        {
            // Realistic wordings, every fourth long enough to wrap.
            if (count > added) await round.AddCandidatesAsync(app, Wordings(added + 1, count));
            added = count;
            foreach (var size in new[] { new Size(1280, 720), new Size(1920, 1080) })
            {
                var js = (IJavaScriptExecutor)app.Driver;
                app.Go(round.Workshop + "/screen");
                // The projector's page area, as a browser in full screen gives it (the window's own bars added on).
                app.Driver.Manage().Window.Size = size;
                var chrome = Convert.ToInt32(js.ExecuteScript("return window.outerHeight - window.innerHeight;"));
                app.Driver.Manage().Window.Size = new Size(size.Width, size.Height + chrome);
                ((ITakesScreenshot)app.Driver).GetScreenshot().SaveAsFile(Path.Combine(Path.GetTempPath(), $"poet-projector-{count}-{size.Width}.png"));
                var viewport = Convert.ToDouble(js.ExecuteScript("return window.innerHeight;"));
                var items = app.Driver.FindElements(By.CssSelector(".poet-screen-result"));
                Assert.Equal(count, items.Count);
                var lowest = items.Max(li => li.Location.Y + li.Size.Height);
                seen.Add($"{count} at {size.Width}×{size.Height}: lowest {lowest} of {viewport}");
                File.WriteAllLines(Path.Combine(Path.GetTempPath(), "poet-projector.txt"), seen);
                Assert.True(lowest <= viewport, string.Join("; ", seen));
                // Within each column of results, every bar starts at the same x.
                var bars = app.Driver.FindElements(By.CssSelector(".poet-screen-result progress")).Select(b => b.Location.X).ToList();
                Assert.Equal(count, bars.Count);
                Assert.True(bars.Distinct().Count() <= 2, $"{count} outcomes: bars start at {string.Join(", ", bars.Distinct())}");
                BrowserApp.AssertAccessible(app.Driver);
            }
        }
    }
}
