using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>A family answers online and in easy read; a postal return is keyed in twice by two people and their one difference resolved.</summary>
public class UsersCarersTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Reference = "TEST-0001";

    private async Task<(int Pid, UcQuestionnaire Q)> OpenQuestionnaireAsync()
    {
        var pid = await app.CreatePartnershipAsync($"Browser phase two {Guid.NewGuid():N}");
        var q = await app.WithDbAsync(async db =>
        {
            var q = new UcQuestionnaire
            {
                PartnershipId = pid, Title = "What matters to you", Status = UcStatus.Open, CreatedUtc = DateTime.UtcNow, LinkKey = Guid.NewGuid().ToString("N"), CodeSalt = [1, 2],
            };
            void Add(UcItemKind kind, params string[] texts) => q.Items.AddRange(texts.Select((t, i) => new UcItem { Kind = kind, Order = i + 1, Text = t }));
            Add(UcItemKind.Outcome, "Being treated with kindness and care", "Services responding quickly", "Being offered home visits");
            // The coordinator's easy-read wordings and pictures, without which easy read does not open.
            foreach (var (item, (wording, picture)) in q.Items.Zip(new[] { ("Staff are kind to me", "hug"), ("I get help fast", "time"), ("Staff can visit me at home", "home") }))
                (item.EasyReadText, item.Picture) = (wording, picture);
            Add(UcItemKind.Service, "A keyworker", "Short breaks");
            Add(UcItemKind.Barrier, "Parking", "Getting help from services outside the team");
            Add(UcItemKind.Statement, "Staff listen to what I say", "I know who to contact", "Services work well together");
            db.UcQuestionnaires.Add(q);
            await db.SaveChangesAsync();
            db.UcForms.Add(new UcForm { QuestionnaireId = q.Id, Kind = UcFormKind.Postal, Reference = Reference });
            await db.SaveChangesAsync();
            return q;
        });
        return (pid, q);
    }

    [Fact]
    public async Task Family_AnswersOnlineThenInEasyRead_TwoLinkReturns()
    {
        var (_, q) = await OpenQuestionnaireAsync();
        app.Driver.Manage().Cookies.DeleteAllCookies();

        app.Go($"/uc/{q.LinkKey}");
        app.AssertAccessible();
        app.PressEnterAndWait(app.Driver.FindElement(By.CssSelector("form .govuk-button")));
        AnswerEveryPage(expectEasyRead: false);

        app.Driver.Manage().Cookies.DeleteAllCookies();
        app.Go($"/uc/{q.LinkKey}");
        app.Driver.FindElement(By.Id("easy-read")).Click();
        Assert.EndsWith("/easy-read", app.Driver.Url);
        app.AssertAccessible();
        app.PressEnterAndWait(app.Driver.FindElement(By.CssSelector("form .govuk-button")));
        AnswerEveryPage(expectEasyRead: true);

        var returns = await app.WithDbAsync(db => db.UcResponses.Where(r => r.QuestionnaireId == q.Id && r.IsSubmitted)
            .Select(r => new { r.Method, r.RespondentType, r.AnythingElse, Important = r.Answers.Count(a => a.Importance == 4) }).ToListAsync());
        Assert.Equal(2, returns.Count);
        Assert.All(returns, r => Assert.Equal((UcMethod.Link, UcRespondentType.ServiceUser, "Thank you for asking", 3), (r.Method, r.RespondentType, r.AnythingElse, r.Important)));
    }

    /// <summary>
    /// Picks the first answer of every question and writes in every box, with the keyboard only (space to choose, enter
    /// to go on), checking pages with axe (every easy-read page), until the thank-you page. Easy read asks one question a
    /// page, with a picture beside it that has alt text, and a picture beside every answer on a scale.
    /// </summary>
    private void AnswerEveryPage(bool expectEasyRead)
    {
        for (var page = 0; !app.Driver.Url.EndsWith("/done", StringComparison.Ordinal); page++)
        {
            Assert.True(page < 30, $"Still answering at {app.Driver.Url}");
            Assert.Equal(expectEasyRead, app.Driver.FindElements(By.CssSelector(".poet-easy-read")).Count > 0);
            var check = app.Driver.Url.EndsWith("/check", StringComparison.Ordinal);
            if (expectEasyRead || page < 3 || check) app.AssertAccessible();
            if (expectEasyRead && !check)
            {
                // One question: one set of choices (barriers' "something else" box belongs to it), or one box to write in.
                var fieldsets = app.Driver.FindElements(By.CssSelector("fieldset")).Count;
                Assert.True(fieldsets == 1 || (fieldsets == 0 && app.Driver.FindElements(By.CssSelector("textarea")).Count == 1), $"Not one question at {app.Driver.Url}");
                var picture = app.Driver.FindElement(By.CssSelector("img.poet-easy-read__picture"));
                Assert.False(string.IsNullOrWhiteSpace(picture.GetAttribute("alt")), $"No alt text at {app.Driver.Url}");
                Assert.True((bool)((IJavaScriptExecutor)app.Driver).ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", picture)!, $"Picture not loaded at {app.Driver.Url}");
            }
            if (app.Driver.Url.EndsWith("/outcome/1", StringComparison.Ordinal))
                Assert.Equal(expectEasyRead ? "Is this important to you?" : "How important is this to you?", app.Driver.FindElement(By.TagName("legend")).Text);
            var groups = app.Driver.FindElements(By.CssSelector("input.govuk-radios__input")).GroupBy(i => i.GetAttribute("name"));
            foreach (var group in groups)
            {
                if (expectEasyRead && group.Key is "Importance" or "Happens" or "Agreement")
                    Assert.All(group, i => Assert.Single(Label(i).FindElements(By.CssSelector("img.poet-easy-read__answer-picture"))));
                if (!group.First().Selected) group.First().SendKeys(Keys.Space);
            }
            var boxes = app.Driver.FindElements(By.CssSelector("input.govuk-checkboxes__input"));
            if (boxes.Count > 0 && !boxes[0].Selected) boxes[0].SendKeys(Keys.Space);
            foreach (var text in app.Driver.FindElements(By.CssSelector("textarea"))) { text.Clear(); text.SendKeys("Thank you for asking"); }
            if (check) CheckPageOnAPhone(expectEasyRead);
            app.PressEnterAndWait(app.Driver.FindElement(By.CssSelector("form .govuk-button")));
        }
        app.AssertAccessible();
    }

    /// <summary>The check-answers page at 390 × 844 (a phone): its height is written to the test output.</summary>
    private void CheckPageOnAPhone(bool easyRead)
    {
        var size = app.Driver.Manage().Window.Size;
        app.Driver.Manage().Window.Size = new System.Drawing.Size(390, 844);
        try
        {
            var js = (IJavaScriptExecutor)app.Driver;
            long Height() => Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollHeight;"));
            // Without the phone layout (GOV.UK's own stacking: question, answer, then "Change" on a line of its own) for comparison.
            js.ExecuteScript("document.querySelector('.poet-uc-check').classList.remove('poet-uc-check');");
            var stacked = Height();
            js.ExecuteScript("document.querySelector('.govuk-summary-list').classList.add('poet-uc-check');");
            var height = Height();
            Console.WriteLine($"Check answers at 390 px ({(easyRead ? "easy read" : "standard")}): {height} px ({height / 844.0:0.0} screens); stacked {stacked} px");
            Assert.True(height < stacked, $"{height} px is not shorter than {stacked} px");
            Assert.True((bool)js.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;")!, "The check page scrolls sideways at 390 px");
        }
        finally { app.Driver.Manage().Window.Size = size; }
    }

    private IWebElement Label(IWebElement input) => app.Driver.FindElement(By.CssSelector($"label[for='{input.GetAttribute("id")}']"));

    [Fact]
    public async Task PostalReturn_KeyedTwiceWithOneDifference_ResolvedAndCounted()
    {
        var (pid, q) = await OpenQuestionnaireAsync();
        var first = $"first-{Guid.NewGuid():N}@example.org";
        var second = $"second-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(first, partnershipId: pid);
        await app.CreateUserAsync(second, partnershipId: pid);
        var kindness = q.Items.Single(i => i.Text == "Being treated with kindness and care").Id;

        KeyIn(first, importance: "4");
        Assert.EndsWith($"/partnerships/{pid}/users-carers/postal", app.Driver.Url);
        KeyIn(second, importance: "3");

        Assert.Contains("differ on 1 field.", app.Driver.FindElement(By.TagName("main")).Text);
        app.AssertAccessible();
        app.Driver.FindElement(By.CssSelector($"label[for='choice-imp-{kindness}-1']")).Click();
        app.PressEnterAndWait(app.Driver.FindElement(By.CssSelector("form .govuk-button")));

        Assert.EndsWith($"/partnerships/{pid}/users-carers/postal", app.Driver.Url);
        var (entered, importance) = await app.WithDbAsync(async db => (
            await db.UcForms.Where(f => f.QuestionnaireId == q.Id && f.Reference == Reference).Select(f => f.Entered).SingleAsync(),
            await db.UcAnswers.Where(a => a.ItemId == kindness && db.UcResponses.Any(r => r.Id == a.ResponseId && r.Method == UcMethod.Postal)).Select(a => a.Importance).SingleAsync()));
        Assert.True(entered);
        Assert.Equal(4, importance);
        Assert.Equal(0, await app.WithDbAsync(db => db.UcPostalEntries.CountAsync()));

        void KeyIn(string email, string importance)
        {
            app.Driver.Manage().Cookies.DeleteAllCookies();
            app.SignIn(email, PoetApp.Password);
            app.Go($"/partnerships/{pid}/users-carers/postal/enter?reference={Reference}");
            app.AssertAccessible();
            app.Driver.FindElement(By.CssSelector("select[name='Values[type]'] option[value='2']")).Click();
            app.Driver.FindElement(By.CssSelector($"select[name='Values[imp-{kindness}]'] option[value='{importance}']")).Click();
            app.PressEnterAndWait(app.Driver.FindElement(By.CssSelector("form .govuk-button")));
        }
    }
}
