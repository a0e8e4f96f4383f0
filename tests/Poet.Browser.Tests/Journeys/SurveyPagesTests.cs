using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Poet.Browser.Tests.Support;
using Poet.Web.Pages.Survey;
using Poet.Web.Tests.Pages.Survey;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// Issue 15 item 2 on a phone (390 × 844): the standard item bank's sections come in short pages of at most about three
/// screens, a respondent leaves mid-section with "Save and come back later", and the same link on another device finds
/// every answer. "About you" is skipped entirely (the report's "Not answered" rows are NotAnsweredTests').
/// axe-core checks every page type.
/// </summary>
public class SurveyPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Width = 390, Height = 844, MaxHeight = 3 * Height;

    private static ChromeDriver Phone()
    {
        var driver = BrowserApp.StartChromium();
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?> { ["width"] = Width, ["height"] = Height, ["deviceScaleFactor"] = 1, ["mobile"] = true });
        return driver;
    }

    private static long DocumentHeight(IWebDriver driver) => (long)((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollHeight")!;

    private static string PathOf(IWebDriver driver) => new Uri(driver.Url).AbsolutePath;

    private static void Press(IWebDriver driver, string text) =>
        BrowserApp.PressEnterAndWait(driver, driver.FindElement(By.XPath($"//button[normalize-space(.)='{text}'] | //a[normalize-space(.)='{text}']")));

    /// <summary>The value given to statement <paramref name="index"/> of a section: all five codes in turn.</summary>
    private static int ValueFor(int index) => index % 5 + 1;

    [Fact]
    public async Task PhonePagesSaveAndComeBackLater_AnotherDeviceFindsEveryAnswer()
    {
        var setup = await app.CreateRoundAsync(itemBank: true);
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var heights = new List<string>();
        var answered = new Dictionary<int, int>();
        var comment = (Item: setup.Section(2)[4], Text: "Admin colleagues are treated as part of the team.");
        var phone = Phone();
        try
        {
            phone.Navigate().GoToUrl(app.Url(invitee.Link));
            Assert.Equal(Width, (long)((IJavaScriptExecutor)phone).ExecuteScript("return window.innerWidth")!);
            Press(phone, "Start now");

            // "About you": skipped entirely.
            Assert.EndsWith("/about", PathOf(phone));
            Assert.True(DocumentHeight(phone) <= MaxHeight, $"About you is {DocumentHeight(phone)} px tall");
            heights.Add($"about\t{DocumentHeight(phone)}");
            BrowserApp.AssertAccessible(phone);
            Press(phone, "Save and continue");

            // Section 2 page by page, every statement answered; the progress line says where they are, once.
            var section2 = setup.Section(2);
            var pages2 = SurveyPages.Count(section2.Count);
            for (var page = 1; page <= pages2; page++)
            {
                Assert.Equal(SurveyJourney.PagePath(invitee.Link, 2, page), PathOf(phone));
                Assert.Equal($"Section 2 of 4, page {page} of {pages2}", phone.FindElement(By.Id("survey-progress-label")).Text);
                Assert.Single(Regex.Matches(phone.FindElement(By.TagName("main")).Text, "Section 2 of 4"));
                var height = DocumentHeight(phone);
                heights.Add($"section 2 page {page}\t{height}");
                Assert.True(height <= MaxHeight, $"Section 2 page {page} is {height} px tall, more than 3 screens");
                if (page <= 2) BrowserApp.AssertAccessible(phone);
                AnswerPage(phone, section2, answered);
                if (phone.FindElements(By.Id($"item-{comment.Item.Id}")).Count > 0)
                {
                    phone.FindElement(By.CssSelector($"#item-{comment.Item.Id} .poet-comment summary")).Click();
                    phone.FindElement(By.CssSelector($"#item-{comment.Item.Id} textarea")).SendKeys(comment.Text);
                }
                Press(phone, "Save and continue");
            }

            // Section 3: two pages answered, then one statement of the third, and away.
            var section3 = setup.Section(3);
            var pages3 = SurveyPages.Count(section3.Count);
            for (var page = 1; page <= 3; page++)
            {
                Assert.Equal(SurveyJourney.PagePath(invitee.Link, 3, page), PathOf(phone));
                var height = DocumentHeight(phone);
                heights.Add($"section 3 page {page}\t{height}");
                Assert.True(height <= MaxHeight, $"Section 3 page {page} is {height} px tall, more than 3 screens");
                if (page == 1)
                {
                    // Back from a section's first page is the last page of the section before.
                    Assert.EndsWith(SurveyJourney.PagePath(invitee.Link, 2, pages2), phone.FindElement(By.ClassName("govuk-back-link")).GetAttribute("href"));
                    BrowserApp.AssertAccessible(phone);
                }
                if (page < 3)
                {
                    AnswerPage(phone, section3, answered);
                    Press(phone, "Save and continue");
                }
            }
            var partly = SurveyPages.Page(section3, 3);
            Choose(phone, partly[0], answered, section3.ToList().IndexOf(partly[0]));
            Press(phone, "Save and come back later");
            Assert.EndsWith("/saved", PathOf(phone));
            Assert.Equal("Your answers have been saved", phone.FindElement(By.TagName("h1")).Text);
            Assert.Contains("Use the same personal link from your invitation email, on this or another device.", phone.FindElement(By.TagName("main")).Text);
            Assert.Contains("enter your code at /survey/code", phone.FindElement(By.TagName("main")).Text);
            BrowserApp.AssertAccessible(phone);
        }
        finally
        {
            phone.Quit();
        }

        // Another device: no cookies, the same personal link.
        var other = Phone();
        try
        {
            other.Navigate().GoToUrl(app.Url(invitee.Link));
            Press(other, "Continue");
            Assert.Equal(SurveyJourney.PagePath(invitee.Link, 3, 3), PathOf(other));
            Assert.Equal($"Section 3 of 4, page 3 of {PagesOf3(setup)}", other.FindElement(By.Id("survey-progress-label")).Text);
            var partly = SurveyPages.Page(setup.Section(3), 3);
            Assert.Equal(answered[partly[0].Id].ToString(), Checked(other, partly[0]));
            Assert.All(partly.Skip(1), i => Assert.Null(Checked(other, i)));
            Assert.EndsWith(SurveyJourney.PagePath(invitee.Link, 3, 2), other.FindElement(By.ClassName("govuk-back-link")).GetAttribute("href"));

            // The rest of section 3's pages are within three screens too.
            for (var page = 4; page <= PagesOf3(setup); page++)
            {
                other.Navigate().GoToUrl(app.Url(SurveyJourney.PagePath(invitee.Link, 3, page)));
                var height = DocumentHeight(other);
                heights.Add($"section 3 page {page}\t{height}");
                Assert.True(height <= MaxHeight, $"Section 3 page {page} is {height} px tall, more than 3 screens");
            }
            other.Navigate().GoToUrl(app.Url(invitee.Link + "/outcomes"));
            heights.Add($"outcomes\t{DocumentHeight(other)}");

            // Every answer, from every page, is there: on the check page and on the pages themselves.
            other.Navigate().GoToUrl(app.Url(invitee.Link + "/check"));
            BrowserApp.AssertAccessible(other);
            var rows = other.FindElements(By.CssSelector(".govuk-summary-list__row"))
                .ToDictionary(r => r.FindElement(By.ClassName("govuk-summary-list__key")).Text.Trim(), r => r.FindElement(By.ClassName("govuk-summary-list__value")).Text.Trim());
            Assert.Equal("Not answered", rows["Role title"]);
            Assert.Equal("Not answered", rows["Employing organisation"]);
            Assert.Equal("Not answered", rows["Professional group"]);
            foreach (var item in setup.Section(2).Concat(setup.Section(3)))
                Assert.StartsWith(answered.TryGetValue(item.Id, out var v) ? LikertScale.Label(v) : "Not answered", rows[item.Text]);
            Assert.Contains("Comment: " + comment.Text, rows[comment.Item.Text]);
            Assert.Equal(setup.Section(2).Count + 3 * 2 + 1, answered.Count);
            other.Navigate().GoToUrl(app.Url(SurveyJourney.PagePath(invitee.Link, 2, SurveyPages.PageOf(setup.Section(2).Count, 4))));
            Assert.Equal(comment.Text, other.FindElement(By.CssSelector($"#item-{comment.Item.Id} textarea")).GetAttribute("value"));
            Assert.NotNull(other.FindElement(By.CssSelector($"#item-{comment.Item.Id} details.poet-comment[open]")));

            // The check page's change link for a later statement goes to the page that shows it.
            other.Navigate().GoToUrl(app.Url(invitee.Link + "/check"));
            var late = setup.Section(3)[^1];
            var change = other.FindElements(By.CssSelector(".govuk-summary-list__row"))
                .Single(r => r.FindElement(By.ClassName("govuk-summary-list__key")).Text.Trim() == late.Text).FindElement(By.CssSelector(".govuk-summary-list__actions a"));
            change.Click();
            Assert.Equal(SurveyJourney.PagePath(invitee.Link, 3, PagesOf3(setup)), PathOf(other));
            Assert.Single(other.FindElements(By.Id($"item-{late.Id}")));

            // Submitting works with statements left unanswered.
            other.Navigate().GoToUrl(app.Url(invitee.Link + "/check"));
            Press(other, "Submit your answers");
            Assert.EndsWith("/done", PathOf(other));
        }
        finally
        {
            other.Quit();
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), "poet-survey-page-heights.txt"), heights);
        }
    }

    private static int PagesOf3(SurveySetup setup) => SurveyPages.Count(setup.Section(3).Count);

    private static void AnswerPage(IWebDriver driver, IReadOnlyList<Poet.Data.Entities.RoundItem> section, Dictionary<int, int> answered)
    {
        var onPage = driver.FindElements(By.ClassName("poet-statement")).Select(e => int.Parse(e.GetAttribute("id")!["item-".Length..])).ToList();
        Assert.InRange(onPage.Count, 1, SurveyPages.MaxStatements);
        foreach (var id in onPage)
        {
            var index = section.ToList().FindIndex(i => i.Id == id);
            Choose(driver, section[index], answered, index);
        }
    }

    private static void Choose(IWebDriver driver, Poet.Data.Entities.RoundItem item, Dictionary<int, int> answered, int index)
    {
        var value = ValueFor(index);
        driver.FindElement(By.CssSelector($"#item-{item.Id} input[type=radio][value='{value}']")).SendKeys(Keys.Space);
        answered[item.Id] = value;
    }

    private static string? Checked(IWebDriver driver, Poet.Data.Entities.RoundItem item) =>
        driver.FindElements(By.CssSelector($"#item-{item.Id} input[type=radio]")).SingleOrDefault(r => r.Selected)?.GetAttribute("value");
}
