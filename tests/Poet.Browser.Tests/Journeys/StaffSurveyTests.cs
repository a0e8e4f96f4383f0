using System.Text.RegularExpressions;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// Issue 3's whole journey in a real browser: first-run set-up, a partnership, a roster import, invitations read from
/// the file outbox, a respondent who completes the survey with the keyboard only, and the dashboard's new count.
/// axe-core checks every respondent page.
/// </summary>
public partial class StaffSurveyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private IWebDriver Driver => app.Driver;

    [Fact]
    public async Task SetUpToSubmittedResponse_EndToEnd()
    {
        // First run: the host administrator.
        app.Go($"/setup/{app.Get<FirstRunSetup>().Token}");
        Type("DisplayName", "Hana Host");
        Type("Email", "host@example.org");
        Type("Password", "a long enough passphrase");
        PressButton("Create administrator");
        WaitForPath("/partnerships");

        // A partnership with two partners.
        app.Go("/partnerships/new");
        Type("Name", "Riverside Integrated Service");
        TypeAndSubmit("Area", "Riverside");
        var pid = int.Parse(WaitForPath(@"/partnerships/(\d+)$").Groups[1].Value);
        foreach (var partner in new[] { "Riverside Council", "Riverside Health Trust" })
        {
            app.Go($"/partnerships/{pid}/partners");
            TypeAndSubmit("NewName", partner);
            Assert.Contains(partner, Driver.PageSource);
        }

        // A round that is open today.
        app.Go($"/partnerships/{pid}/rounds/new");
        Type("Form.Title", "Staff survey 2026");
        var today = DateTime.UtcNow;
        TypeDate("Form.Opens", today.AddDays(-1));
        TypeDate("Form.Closes", today.AddDays(30));
        Driver.FindElement(By.Id("Form_ThresholdKind")).SendKeys(Keys.Space);
        TypeAndSubmit("Form.ThresholdValue", "30");
        var rid = int.Parse(WaitForPath(@"/rounds/(\d+)$").Groups[1].Value);

        // Roster: a CSV of three people, checked, then confirmed.
        var csv = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "email,partner,name\nana@riverside.example,Riverside Council,Ana\nbo@riverside.example,Riverside Health Trust,Bo\ncy@riverside.example,Riverside Council,Cy\n");
        app.Go($"/partnerships/{pid}/rounds/{rid}/roster/import");
        Driver.FindElement(By.Id("Upload")).SendKeys(csv);
        PressButtonContaining("Check the file");
        PressButtonContaining("Import 3 people");
        Assert.Contains("3 people imported", Driver.FindElement(By.TagName("main")).Text);

        // Open the round and send the invitations; the outbox writes .eml files.
        app.Go($"/partnerships/{pid}/rounds/{rid}/open");
        PressButtonContaining("Open the round");
        app.Go($"/partnerships/{pid}/rounds/{rid}/invitations");
        PressButtonContaining("Send invitations to 3 people");
        await app.Get<Outbox>().SendPendingAsync();
        var email = Directory.GetFiles(app.OutboxFolder, "*.eml").Select(File.ReadAllText).Single(m => m.Contains("ana@riverside.example"));
        var link = SurveyLink().Match(email).Value;

        // The respondent, in a fresh session, with the keyboard only.
        Driver.Manage().Cookies.DeleteAllCookies();
        Driver.Navigate().GoToUrl(app.Url(new Uri(link).AbsolutePath));
        app.AssertAccessible();
        Assert.Equal("Start now", TabUntil(e => e.TagName == "button").Text.Trim());
        app.PressEnterAndWait(Driver.SwitchTo().ActiveElement());

        WaitForPath("/about$");
        app.AssertAccessible();
        Driver.FindElement(By.CssSelector("input[name$=RoleTitle]")).SendKeys("Family support worker");
        Driver.FindElements(By.CssSelector("input[type=radio]")).First().SendKeys(Keys.Space);
        PressButton("Save and continue");

        // Each section in its short pages (SurveyPages), every statement answered.
        foreach (var section in new[] { 2, 3 })
        {
            WaitForPath($"/section/{section}$");
            while (Regex.IsMatch(new Uri(Driver.Url).AbsolutePath, $"/section/{section}(/page/\\d+)?$"))
            {
                app.AssertAccessible();
                foreach (var agree in Driver.FindElements(By.CssSelector("input[type=radio][value='4']"))) agree.SendKeys(Keys.Space);
                PressButton("Save and continue");
            }
        }

        WaitForPath("/outcomes$");
        app.AssertAccessible();
        var boxes = Driver.FindElements(By.TagName("textarea"));
        boxes[0].SendKeys("Families tell their story once");
        boxes[1].SendKeys("One shared assessment means families are not asked the same questions by each agency.");
        PressButton("Save and continue");

        WaitForPath("/check$");
        app.AssertAccessible();
        Assert.Contains("Families tell their story once", Driver.PageSource);
        PressButton("Submit your answers");
        WaitForPath("/done$");
        app.AssertAccessible();

        // The coordinator's dashboard counts the submission.
        Driver.Manage().Cookies.DeleteAllCookies();
        app.Go("/account/sign-in");
        Type("Email", "host@example.org");
        TypeAndSubmit("Password", "a long enough passphrase");
        WaitForPath("/partnerships");
        app.Go($"/partnerships/{pid}/rounds/{rid}");
        Assert.Equal("3", Driver.FindElement(By.Id("count-invited")).Text.Trim());
        Assert.Equal("1", Driver.FindElement(By.Id("count-submitted")).Text.Trim());
        // It waits, sealed, until four more arrive or the round closes, and the page says why.
        Assert.StartsWith("1", Driver.FindElement(By.Id("count-waiting")).Text.Trim());
        Assert.Contains("Submissions are added to the results in groups of at least 5, or all together when the round closes, so that no one's answers can be picked out by when they arrived.",
            Driver.FindElement(By.Id("count-waiting")).Text);
    }

    private void Type(string name, string text) => Driver.FindElement(By.Name(name)).SendKeys(text);

    private void TypeAndSubmit(string name, string text)
    {
        Type(name, text);
        app.PressEnterAndWait(Driver.FindElement(By.Name(name)));
    }

    private void TypeDate(string name, DateTime date)
    {
        Type($"{name}.Day", date.Day.ToString());
        Type($"{name}.Month", date.Month.ToString());
        Type($"{name}.Year", date.Year.ToString());
    }

    private void PressButton(string text) => app.PressEnterAndWait(Driver.FindElement(By.XPath($"//button[normalize-space(.)='{text}']")));

    private void PressButtonContaining(string text) => app.PressEnterAndWait(Driver.FindElement(By.XPath($"//button[contains(., '{text}')]")));

    /// <summary>Presses Tab from the top of the page until an element matches: proves it is reachable by keyboard.</summary>
    private IWebElement TabUntil(Func<IWebElement, bool> match)
    {
        Driver.FindElement(By.TagName("body")).SendKeys(Keys.Tab);
        for (var i = 0; i < 30; i++)
        {
            var focused = Driver.SwitchTo().ActiveElement();
            if (match(focused)) return focused;
            focused.SendKeys(Keys.Tab);
        }
        throw new InvalidOperationException("No matching element is reachable with Tab");
    }

    private Match WaitForPath(string pattern)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var match = Regex.Match(new Uri(Driver.Url).AbsolutePath, pattern);
            if (match.Success) return match;
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Expected a page matching {pattern} but the browser is at {Driver.Url}: {Driver.FindElement(By.TagName("main")).Text}");
            Thread.Sleep(50);
        }
    }

    [GeneratedRegex(@"http://\S+/survey/[A-Za-z0-9_-]{20,}")]
    private static partial Regex SurveyLink();
}
