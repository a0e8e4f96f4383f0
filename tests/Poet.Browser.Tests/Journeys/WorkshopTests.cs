using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Poet.Browser.Tests.Support;
using Poet.Web.Pages.Outcomes;
using Poet.Web.Tests.Pages.Outcomes;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// A feedback workshop with a signed-in facilitator and three anonymous participants, each in their own browser
/// (own cookie jar): review, propose, vote (one dot too many), results on the projector, then the agreed list.
/// </summary>
public class WorkshopTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Quickly = "Services responding quickly", Welcoming = "A welcoming building",
        HomeVisits = "Being offered home visits", OneWorker = "One named worker for each family";

    private IWebDriver Facilitator => app.Driver;

    [Fact]
    public async Task FacilitatorAndThreeParticipants_RunWorkshop_AgreedListAppearsOnOutcomesPage()
    {
        var round = await OutcomeRound.CreateAsync(app, "A central referral system", "Central referal system", "Families seen at home");
        var first = await round.AddCandidatesAsync(app, Quickly, Welcoming, HomeVisits, OneWorker);
        int[] ids = [first, first + 1, first + 2, first + 3];

        app.SignIn(round.Facilitator, PoetApp.Password);
        app.Go(round.Workshop);
        app.AssertAccessible();
        var votes = Facilitator.FindElement(By.Id("VotesPerParticipant"));
        votes.Clear();
        votes.SendKeys("3");
        app.PressEnterAndWait(votes);
        var code = Facilitator.FindElement(By.Id("join-code")).Text;
        Assert.Matches("^[A-Z2-9]{8}$", code);
        app.AssertAccessible();

        var participants = new List<ChromeDriver>();
        try
        {
            for (var i = 0; i < 3; i++) participants.Add(BrowserApp.StartChromium());
            for (var i = 0; i < participants.Count; i++) Join(participants[i], code, group: i + 1);
            Assert.Contains("3 participants have joined", Reload(Facilitator, round.Workshop).FindElement(By.TagName("main")).Text);

            // Review: everyone comments on an outcome.
            for (var i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                Press(p, By.CssSelector($"#outcome-{ids[i]} a"));
                Assert.Equal("Your comment", p.FindElement(By.TagName("h1")).Text);
                if (i == 0) BrowserApp.AssertAccessible(p);
                p.FindElement(By.Id("Text")).SendKeys($"Comment {i + 1}: families would recognise this");
                Press(p, By.CssSelector("main form button"));
                Assert.Equal("Thank you: your contribution is saved.", Banner(p));
            }

            MoveEveryoneTo(round, "Propose");
            Reload(participants[0], Session(code));
            Press(participants[0], By.CssSelector($"#outcome-{ids[0]} a"));
            participants[0].FindElement(By.Id("Text")).SendKeys("Getting help quickly when we ask");
            Press(participants[0], By.CssSelector("main form button"));
            Reload(participants[1], Session(code));
            Press(participants[1], By.LinkText("Suggest a missing outcome"));
            Assert.Equal("The missing outcome", participants[1].FindElement(By.TagName("h1")).Text);
            participants[1].FindElement(By.Id("Text")).SendKeys("Knowing who to call out of hours");
            Press(participants[1], By.CssSelector("main form button"));
            Assert.Equal("Thank you: your contribution is saved.", Banner(participants[1]));

            MoveEveryoneTo(round, "Vote");
            app.Go(round.Workshop + "/screen");
            int[][] plans = [[0, 0, 1], [0, 0, 2], [1, 1, 2]];
            for (var i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                Reload(p, Session(code));
                foreach (var outcome in plans[i]) Vote(p, ids[outcome]);
                Assert.Equal("You have 0 of 3 votes left.", p.FindElement(By.Id("votes-left")).Text);
            }
            BrowserApp.AssertAccessible(participants[0]);
            Vote(participants[0], ids[3]);
            Assert.Equal(["You have used all 3 of your votes. Take a vote back from another outcome if you want to move it"], ErrorSummary(participants[0]));
            BrowserApp.AssertAccessible(participants[0]);

            // The projector screen, already open, picks up the votes by polling.
            Eventually(Facilitator, d => d.FindElement(By.CssSelector("[data-field='votesCast']")).Text, "9");
            Assert.Equal("9", Facilitator.FindElement(By.CssSelector("[data-field='votesAvailable']")).Text);

            MoveEveryoneTo(round, "Results");
            app.Go(round.Workshop + "/screen");
            Assert.Equal("Votes are hidden until voting closes", Facilitator.FindElement(By.Id("votes-hidden")).Text);
            app.Go(round.Workshop);
            app.PressEnterAndWait(Facilitator.FindElement(By.CssSelector("#reveal-form button")));
            app.Go(round.Workshop + "/screen");
            Assert.Equal("Results", Facilitator.FindElement(By.CssSelector("[data-field='stage']")).Text);
            Eventually(Facilitator, d => string.Join(" | ", d.FindElements(By.CssSelector(".poet-screen-result")).Select(li => string.Join(" ", li.FindElements(By.TagName("span")).Select(span => span.Text.Trim())))),
                $"{Quickly} 4 votes | {Welcoming} 3 votes | {HomeVisits} 2 votes | {OneWorker} 0 votes");
            app.AssertAccessible();
            Reload(participants[2], Session(code));
            Assert.Equal("3 votes, 2 of them yours", participants[2].FindElement(By.CssSelector($"#outcome-{ids[1]} .govuk-summary-card__content p:last-child")).Text);

            app.Go(round.Workshop);
            app.PressEnterAndWait(Facilitator.FindElement(By.CssSelector("form[action*='handler=close'] button")));
            Reload(participants[2], Session(code));
            Assert.Equal("This workshop is not open", participants[2].FindElement(By.TagName("h1")).Text);
            Assert.Contains($"The workshop with code {code} has closed", participants[2].FindElement(By.TagName("main")).Text);
        }
        finally
        {
            foreach (var p in participants)
            {
                p.Quit();
                p.Dispose();
            }
        }

        app.Go(OutcomeLinks.Finalise(round.Pid, round.Rid));
        Assert.Contains("Getting help quickly when we ask", Facilitator.FindElement(By.TagName("main")).Text);
        app.AssertAccessible();
        for (var i = 0; i < 3; i++) Facilitator.FindElement(By.CssSelector($"label[for='Items_{i}__Include']")).Click();
        var wording = Facilitator.FindElement(By.Id("Items_0__Wording"));
        wording.Clear();
        wording.SendKeys("Getting help quickly when we ask");
        app.PressEnterAndWait(Facilitator.FindElement(By.Id("Reason")));
        Assert.EndsWith(OutcomeLinks.Agreed(round.Pid, round.Rid), new Uri(Facilitator.Url).AbsolutePath);

        app.Go(OutcomeLinks.Partnership(round.Pid));
        Assert.Equal(["Getting help quickly when we ask", Welcoming, HomeVisits],
            Facilitator.FindElements(By.CssSelector(".poet-agreed-list li")).Select(li => li.Text));
        app.AssertAccessible();
    }

    private static string Session(string code) => $"/workshop/{code}/session";

    private void Join(IWebDriver p, string code, int group)
    {
        p.Navigate().GoToUrl(app.Url("/workshop"));
        BrowserApp.AssertAccessible(p);
        var field = p.FindElement(By.Id("Code"));
        field.SendKeys(code.ToLowerInvariant());
        BrowserApp.PressEnterAndWait(p, field);
        Assert.Equal("Which small group are you in?", p.FindElement(By.TagName("h1")).Text);
        p.FindElement(By.CssSelector($"label[for='Group-{group}']")).Click();
        Press(p, By.CssSelector("main form button"));
        Assert.Equal($"Workshop {code} · Group {group}", p.FindElement(By.CssSelector(".govuk-caption-l")).Text);
        Assert.Equal("Review and comment", p.FindElement(By.TagName("h1")).Text);
        BrowserApp.AssertAccessible(p);
    }

    private void MoveEveryoneTo(OutcomeRound round, string stage)
    {
        app.Go(round.Workshop);
        Facilitator.FindElement(By.CssSelector($"label[for='Stage-{stage}']")).Click();
        app.PressEnterAndWait(Facilitator.FindElement(By.CssSelector("form[action*='handler=stage'] button")));
        Assert.Contains($"Stage: {Facilitator.FindElement(By.CssSelector($"label[for='Stage-{stage}']")).Text}", Facilitator.FindElement(By.TagName("main")).Text);
    }

    private static void Vote(IWebDriver p, int candidateId) =>
        Press(p, By.CssSelector($"#outcome-{candidateId} form[action*='handler=vote'] button"));

    private IWebDriver Reload(IWebDriver driver, string path)
    {
        driver.Navigate().GoToUrl(app.Url(path));
        return driver;
    }

    private static void Press(IWebDriver p, By button) => BrowserApp.PressEnterAndWait(p, p.FindElement(button));

    private static string Banner(IWebDriver p) => p.FindElement(By.CssSelector(".govuk-notification-banner__heading")).Text;

    private static List<string> ErrorSummary(IWebDriver p) =>
        p.FindElements(By.CssSelector(".govuk-error-summary__list li")).Select(li => li.Text).ToList();

    /// <summary>Waits for the projector screen's polling to show <paramref name="expected"/>; its list is rebuilt under us, so stale reads retry.</summary>
    private static void Eventually(IWebDriver driver, Func<IWebDriver, string> read, string expected)
    {
        var last = "";
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(10));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
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
