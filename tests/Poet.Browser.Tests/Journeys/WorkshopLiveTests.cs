using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Poet.Browser.Tests.Support;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// The workshop as a live room: a facilitator, a projector and two phones (one 390 × 844), each its own browser. The
/// phones and the projector follow the facilitator without reloading: a marker set on each window before the change
/// is still there after it, so the page changed in place. The votes reach the projector only once revealed.
/// </summary>
public class WorkshopLiveTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Quickly = "Services responding quickly", Welcoming = "A welcoming building", HomeVisits = "Being offered home visits";
    /// <summary>A few seconds: the live path takes well under one; the fallback polls every 5 s (phones) or 30 s (projector while connected).</summary>
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(4);

    private IWebDriver Facilitator => app.Driver;

    [Fact]
    public async Task PhonesAndProjector_FollowStageAndReveal_WithoutReloading()
    {
        var round = await OutcomeRound.CreateAsync(app, "A central referral system");
        var first = await round.AddCandidatesAsync(app, Quickly, Welcoming, HomeVisits);

        app.SignIn(round.Facilitator, PoetApp.Password);
        app.Go(round.Workshop);
        var votes = Facilitator.FindElement(By.Id("VotesPerParticipant"));
        votes.Clear();
        votes.SendKeys("3");
        app.PressEnterAndWait(votes);
        var code = Facilitator.FindElement(By.Id("join-code")).Text;

        var browsers = new List<ChromeDriver>();
        try
        {
            var projector = Start(browsers);
            SignIn(projector, round.Facilitator);
            projector.Navigate().GoToUrl(app.Url(round.Workshop + "/screen"));
            var phone = Start(browsers);
            var small = Start(browsers);
            small.Manage().Window.Size = new Size(390, 844);
            Join(phone, code, 1);
            Join(small, code, 2);
            app.Go(round.Workshop);
            Assert.Contains("2 participants have joined", Facilitator.FindElement(By.Id("run-status")).Text);
            foreach (var d in new IWebDriver[] { projector, phone, small, Facilitator }) WaitConnected(d);
            Assert.Equal("This page changes by itself when the facilitator moves everyone on.", phone.FindElement(By.Id("live-status")).Text);
            foreach (var d in new IWebDriver[] { projector, phone, small, Facilitator }) BrowserApp.AssertAccessible(d);

            // The facilitator moves everyone to voting; nobody else touches their page.
            Mark(projector, phone, small);
            MoveEveryoneTo(round, "Vote");
            Eventually(phone, d => d.FindElement(By.TagName("h1")).Text, "Vote");
            Eventually(small, d => d.FindElement(By.TagName("h1")).Text, "Vote");
            Eventually(projector, d => d.FindElement(By.CssSelector("[data-field='stage']")).Text, "Vote");
            AssertNotReloaded(projector, phone, small);
            Assert.Equal("You have 3 of 3 votes left.", small.FindElement(By.Id("votes-left")).Text);
            Assert.True((bool)((IJavaScriptExecutor)small).ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;")!, "The phone page scrolls sideways at 390 px");
            Assert.Equal("Vote – POET", small.Title);
            BrowserApp.AssertAccessible(small);
            BrowserApp.AssertAccessible(phone);

            // A vote: the projector counts it at once, but shows where it went only after "Reveal results".
            BrowserApp.PressEnterAndWait(small, small.FindElement(By.Id($"vote-{first + 2}")));
            Assert.Equal("Your vote is saved.", small.FindElement(By.CssSelector(".govuk-notification-banner__heading")).Text);
            Eventually(projector, d => d.FindElement(By.CssSelector("[data-field='votesCast']")).Text, "1");
            Assert.Equal("Votes are hidden until voting closes", projector.FindElement(By.Id("votes-hidden")).Text);
            Assert.Empty(projector.FindElements(By.CssSelector(".poet-screen-result progress")));
            Assert.Equal($"{Quickly} | {Welcoming} | {HomeVisits}", Results(projector));
            BrowserApp.AssertAccessible(projector);

            app.Go(round.Workshop);
            Assert.Equal("Reveal results", Facilitator.FindElement(By.CssSelector("#reveal-form button")).Text);
            app.PressEnterAndWait(Facilitator.FindElement(By.CssSelector("#reveal-form button")));
            Eventually(projector, Results, $"{Quickly} 0 votes | {Welcoming} 0 votes | {HomeVisits} 1 vote");
            Assert.Equal("", projector.FindElement(By.Id("votes-hidden")).Text);

            // Results: the phones show the counts, most votes first, again without reloading.
            Mark(projector, phone, small);
            MoveEveryoneTo(round, "Results");
            Eventually(phone, d => d.FindElement(By.TagName("h1")).Text, "Results");
            Eventually(small, d => d.FindElement(By.CssSelector($"#outcome-{first + 2} .govuk-summary-card__content p:last-child")).Text, "1 vote, 1 of them yours");
            Eventually(projector, Results, $"{HomeVisits} 1 vote | {Quickly} 0 votes | {Welcoming} 0 votes");
            AssertNotReloaded(projector, phone, small);
            Assert.Equal("The votes are counted. Outcomes with the most votes come first.", phone.FindElement(By.Id("results-note")).Text);
            foreach (var d in new IWebDriver[] { projector, phone, small, Facilitator }) BrowserApp.AssertAccessible(d);

            // Importance x certainty: the phones follow to the rating stage, one rates on the small phone, and the
            // projector draws the point on its plot, all without reloading.
            Mark(projector, phone);
            MoveEveryoneTo(round, "Rate");
            Eventually(phone, d => d.FindElement(By.TagName("h1")).Text, "Rate importance and certainty");
            Eventually(small, d => d.FindElement(By.TagName("h1")).Text, "Rate importance and certainty");
            Eventually(projector, d => d.FindElement(By.Id("screen-plot-count")).Text, "0 of 2 participants have rated 3 outcomes.");
            Assert.Equal("You have rated 0 of 3 outcomes.", small.FindElement(By.Id("rated-count")).Text);
            BrowserApp.PressEnterAndWait(small, small.FindElement(By.Id($"rate-{first + 2}")));
            Assert.Equal(HomeVisits, small.FindElement(By.Id("rate-wording")).Text);
            BrowserApp.AssertAccessible(small);
            small.FindElement(By.CssSelector("label[for='Importance-5']")).Click();
            small.FindElement(By.CssSelector("label[for='Certainty-2']")).Click();
            BrowserApp.PressEnterAndWait(small, small.FindElement(By.CssSelector("main form button")));
            Assert.Equal(Quickly, small.FindElement(By.Id("rate-wording")).Text);
            Eventually(projector, d => d.FindElement(By.Id("screen-plot-count")).Text, "1 of 2 participants has rated 3 outcomes.");
            Eventually(projector, d => d.FindElement(By.CssSelector("#screen-plot-key li")).Text, $"1. {HomeVisits} (importance 5, certainty 2: important and uncertain)");
            Assert.Single(projector.FindElements(By.CssSelector("svg#screen-plot circle")));
            Assert.False(projector.FindElement(By.ClassName("poet-screen-votes")).Displayed, "The vote list still shows beside the plot");
            AssertNotReloaded(projector, phone);
            foreach (var d in new IWebDriver[] { projector, phone }) BrowserApp.AssertAccessible(d);
        }
        finally
        {
            foreach (var b in browsers)
            {
                b.Quit();
                b.Dispose();
            }
        }
    }

    private static ChromeDriver Start(List<ChromeDriver> browsers)
    {
        var driver = BrowserApp.StartChromium();
        browsers.Add(driver);
        return driver;
    }

    private void SignIn(IWebDriver driver, string email)
    {
        driver.Navigate().GoToUrl(app.Url("/account/sign-in"));
        driver.FindElement(By.Id("Email")).SendKeys(email);
        driver.FindElement(By.Id("Password")).SendKeys(PoetApp.Password);
        BrowserApp.PressEnterAndWait(driver, driver.FindElement(By.Id("Password")));
    }

    private void Join(IWebDriver p, string code, int group)
    {
        p.Navigate().GoToUrl(app.Url($"/workshop/{code}"));
        p.FindElement(By.CssSelector($"label[for='Group-{group}']")).Click();
        BrowserApp.PressEnterAndWait(p, p.FindElement(By.CssSelector("main form button")));
        Assert.Equal("Review and comment", p.FindElement(By.TagName("h1")).Text);
    }

    private void MoveEveryoneTo(OutcomeRound round, string stage)
    {
        app.Go(round.Workshop);
        Facilitator.FindElement(By.CssSelector($"label[for='Stage-{stage}']")).Click();
        app.PressEnterAndWait(Facilitator.FindElement(By.CssSelector("form[action*='handler=stage'] button")));
    }

    private static string Results(IWebDriver d) =>
        string.Join(" | ", d.FindElements(By.CssSelector(".poet-screen-result")).Select(li => string.Join(" ", li.FindElements(By.TagName("span")).Select(s => s.Text.Trim()))));

    private static void WaitConnected(IWebDriver d) =>
        Eventually(d, x => (string?)((IJavaScriptExecutor)x).ExecuteScript("return document.documentElement.getAttribute('data-poet-live');") ?? "", "connected", TimeSpan.FromSeconds(10));

    private static void Mark(params IWebDriver[] drivers)
    {
        foreach (var d in drivers) ((IJavaScriptExecutor)d).ExecuteScript("window.poetLiveMarker = 'still here';");
    }

    private static void AssertNotReloaded(params IWebDriver[] drivers)
    {
        foreach (var d in drivers) Assert.Equal("still here", ((IJavaScriptExecutor)d).ExecuteScript("return window.poetLiveMarker;"));
    }

    /// <summary>Waits for a page to show <paramref name="expected"/> by itself; parts are replaced under us, so stale reads retry.</summary>
    private static void Eventually(IWebDriver driver, Func<IWebDriver, string> read, string expected, TimeSpan? within = null)
    {
        var last = "";
        var wait = new WebDriverWait(driver, within ?? Live);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        try
        {
            wait.Until(d => (last = read(d)) == expected);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Equal(expected, last);
        }
    }
}
