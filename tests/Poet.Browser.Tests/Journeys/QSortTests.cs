using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using Microsoft.EntityFrameworkCore;
using Poet.Browser.Tests.Support;
using Poet.Data.Entities;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.QStudies;

namespace Poet.Browser.Tests.Journeys;

/// <summary>A participant's whole Q-sort: once by dragging cards with the mouse, once by keyboard alone with JavaScript off. Axe runs on every page.</summary>
public class QSortTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly int[] Counts = [2, 4, 8, 4, 2];

    private IWebDriver Driver => app.Driver;

    [Fact]
    public async Task Sort_ByDragAndDrop_IsStoredAndSubmitted()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(20), Counts);
        Driver.Manage().Window.Size = new Size(1400, 2400);
        app.Go($"/q/{key}");
        app.AssertAccessible();
        Driver.FindElement(By.Id("Consent")).Click();
        Submit(By.CssSelector("form button"), click: true);
        app.AssertAccessible();
        Driver.FindElement(By.Id("Role")).Click();
        Submit(By.CssSelector("form button"), click: true);

        app.AssertAccessible();
        // Step 1 shows one statement at a time; a pile chosen with the mouse moves on to the next.
        Assert.Equal("Statement 1 of 20 (0 in a pile)", Driver.FindElement(By.CssSelector("[data-qsort-piles-position]")).Text);
        Assert.False(Item(2).Displayed);
        Driver.FindElement(By.Id("Piles_1_")).Click();
        Assert.Equal("Statement 2 of 20 (1 in a pile)", Driver.FindElement(By.CssSelector("[data-qsort-piles-position]")).Text);
        Assert.False(Item(1).Displayed);
        for (var i = 2; i <= 20; i++) Driver.FindElement(By.Id($"Piles_{i}_")).Click();
        Assert.True(Item(1).Displayed, "Once all are in a pile, every statement is listed for checking");
        Submit(By.CssSelector("form button"), click: true);

        Assert.False(Driver.FindElement(By.CssSelector("[data-qsort-board]")).GetAttribute("hidden") is not null, "The board should appear with JavaScript");
        app.AssertAccessible();
        var columns = Counts.SelectMany((c, i) => Enumerable.Repeat(i - 2, c)).ToArray();
        for (var n = 1; n <= 20; n++)
        {
            var card = Driver.FindElement(By.CssSelector($"[data-qsort-tray] .qsort-card[data-number='{n}']"));
            var column = Driver.FindElement(By.CssSelector($"[data-qsort-column='{columns[n - 1]}']"));
            new Actions(Driver).ClickAndHold(card).MoveByOffset(8, 8).MoveToElement(column).Release().Perform();
            Assert.Equal(columns[n - 1].ToString(), Driver.FindElement(By.Id($"Columns_{n}_")).GetAttribute("value"));
        }
        // A full column refuses another card, so the grid's counts hold.
        var extra = Driver.FindElement(By.CssSelector("[data-qsort-column='2'] .qsort-card"));
        new Actions(Driver).ClickAndHold(extra).MoveByOffset(8, 8).MoveToElement(Driver.FindElement(By.CssSelector("[data-qsort-column='-2']"))).Release().Perform();
        Assert.Contains("is full", Driver.FindElement(By.CssSelector("[data-qsort-status]")).GetAttribute("textContent"));
        Assert.Equal("2 of 2", Driver.FindElement(By.CssSelector("[data-qsort-column='-2'] [data-qsort-count]")).Text);

        Submit(By.CssSelector("form .govuk-button-group button"), click: true);
        app.AssertAccessible();
        Assert.EndsWith("/why", Driver.Url);
        Driver.FindElement(By.Id("Comments_20_")).SendKeys("What families ask for first");
        Submit(By.CssSelector("form button"), click: true);
        app.AssertAccessible();
        Submit(By.CssSelector("form button"), click: true);
        Assert.EndsWith("/done", Driver.Url);
        app.AssertAccessible();
        Driver.Manage().Window.Size = new Size(1280, 900);
    }

    [Fact]
    public async Task Piles_OneAtATimeByKeyboardWithJavaScript_StoresEveryChoice()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(6), [1, 4, 1]);
        app.Go($"/q/{key}");
        Driver.FindElement(By.Id("Consent")).SendKeys(Keys.Space);
        Submit(By.CssSelector("form button"));
        Driver.FindElement(By.Id("Role")).SendKeys(Keys.Space);
        Submit(By.CssSelector("form button"));

        app.AssertAccessible();
        // Statement n goes to pile n mod 3 in the page's order: Space takes the first, each arrow moves one further.
        var expected = Enumerable.Range(1, 6).ToDictionary(n => n, n => PilesModel.Order[n % 3]);
        TabTo("Piles_1_");
        for (var n = 1; n <= 6; n++)
        {
            Assert.Equal($"Statement {n} of 6 ({n - 1} in a pile)", Driver.FindElement(By.CssSelector("[data-qsort-piles-position]")).Text);
            Keyboard(n % 3 == 0 ? [Keys.Space] : Enumerable.Repeat(Keys.ArrowRight, n % 3).ToArray());
            Assert.True(Driver.FindElement(By.Id(n % 3 == 0 ? $"Piles_{n}_" : $"Piles_{n}_-{n % 3 + 1}")).Selected);
            // Choosing by keyboard stays on the statement, so arrows can change the choice; Next moves on.
            Assert.True(Item(n).Displayed);
            ShiftTab();
            ShiftTab();
            Assert.Equal("Next statement", Driver.SwitchTo().ActiveElement().Text);
            Keyboard(Keys.Enter);
            if (n < 6) Assert.Equal($"Piles_{n + 1}_", Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        }
        Assert.True(Item(1).Displayed, "Once all are in a pile, every statement is listed for checking");
        TabTo(null, "Save and continue");
        var oldPage = Driver.FindElement(By.TagName("html"));
        Keyboard(Keys.Enter);
        WaitUntilGone(oldPage);

        Assert.EndsWith("/grid", Driver.Url);
        var stored = await app.WithDbAsync(db => db.QSorts.Where(s => db.QStudies.Any(q => q.Id == s.StudyId && q.PublicKey == key))
            .SelectMany(s => s.Placements).Select(p => new { db.QStatements.Single(x => x.Id == p.StatementId).Number, p.Pile }).ToListAsync());
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, (QPile?)e.Value)), stored.OrderBy(s => s.Number).Select(s => (s.Number, s.Pile)));
    }

    [Fact]
    public async Task Sort_ByKeyboardWithoutJavaScript_ReportsOverFullColumnThenSubmits()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(20), Counts);
        var columns = Counts.SelectMany((c, i) => Enumerable.Repeat(i - 2, c)).ToArray();
        Scripts(false);
        try
        {
            app.Go($"/q/{key}");
            Check();
            Driver.FindElement(By.Id("Consent")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));
            Check();
            Driver.FindElement(By.Id("Role-2")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));
            Check();
            for (var i = 1; i <= 20; i++) Driver.FindElement(By.Id($"Piles_{i}_-3")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));

            Assert.NotNull(Driver.FindElement(By.CssSelector("[data-qsort-board]")).GetAttribute("hidden"));
            Check();
            for (var n = 1; n <= 20; n++)
            {
                // Column +2 for statement 1 too: three statements where there is room for two.
                var column = n == 1 ? 2 : columns[n - 1];
                Driver.FindElement(By.Id($"Columns_{n}_")).SendKeys("Column " + (column > 0 ? "+" : "") + column);
            }
            Submit(By.CssSelector("form .govuk-button-group button"));
            var summary = Driver.FindElement(By.CssSelector(".govuk-error-summary"));
            Assert.Contains("Column +2 holds 2 statements, but you have put 3 there. Move 1 to another column", summary.Text);
            Check();

            Driver.FindElement(By.Id("Columns_1_")).SendKeys("Column -2");
            Submit(By.CssSelector("form .govuk-button-group button"));
            Assert.EndsWith("/why", Driver.Url);
            Check();
            Submit(By.CssSelector("form button"));
            Check();
            Submit(By.CssSelector("form button"));
            Assert.EndsWith("/done", Driver.Url);
            Check();
        }
        finally
        {
            Scripts(true);
        }
    }

    [Fact]
    public async Task Sort_StudysOwnQuestionsWithoutJavaScript_AnsweredAndTheCodeShown()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(20), Counts);
        await app.WithDbAsync(async db =>
        {
            var sid = await db.QStudies.Where(q => q.PublicKey == key).Select(q => q.Id).SingleAsync();
            db.QQuestions.AddRange(
                new QQuestion { StudyId = sid, Number = 1, Stage = QQuestionStage.BeforeSort, Kind = QQuestionKind.Text, Text = "How long have you worked in the partnership?" },
                new QQuestion { StudyId = sid, Number = 2, Stage = QQuestionStage.AfterSort, Kind = QQuestionKind.Choice, Text = "Where do you mostly work?", Options = "Hospital\nCommunity" });
            await db.SaveChangesAsync();
        });
        var columns = Counts.SelectMany((c, i) => Enumerable.Repeat(i - 2, c)).ToArray();
        Scripts(false);
        try
        {
            app.Go($"/q/{key}");
            Driver.FindElement(By.Id("Consent")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));
            Check();
            Driver.FindElement(By.Id("Role")).SendKeys(Keys.Space);
            Driver.FindElement(By.Id("Answers_1_")).SendKeys("About 6 years");
            Submit(By.CssSelector("form button"));
            for (var i = 1; i <= 20; i++) Driver.FindElement(By.Id($"Piles_{i}_-3")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));
            for (var n = 1; n <= 20; n++) Driver.FindElement(By.Id($"Columns_{n}_")).SendKeys("Column " + (columns[n - 1] > 0 ? "+" : "") + columns[n - 1]);
            Submit(By.CssSelector("form .govuk-button-group button"));
            Assert.EndsWith("/why", Driver.Url);
            Check();
            Driver.FindElement(By.Id("Answers_2_-2")).SendKeys(Keys.Space);
            Submit(By.CssSelector("form button"));
            Check();
            Assert.Contains("Community", Driver.FindElement(By.CssSelector(".govuk-summary-list")).Text);
            Submit(By.CssSelector("form button"));
            Assert.EndsWith("/done", Driver.Url);
            Check();

            var stored = await app.WithDbAsync(db => db.QSorts.Where(s => db.QStudies.Any(q => q.Id == s.StudyId && q.PublicKey == key))
                .Select(s => new { s.Code, Answers = s.Answers.OrderBy(a => a.QuestionId).Select(a => a.Value).ToList() }).SingleAsync());
            Assert.Equal(stored.Code, Driver.FindElement(By.Id("sort-code")).Text);
            Assert.Equal(["About 6 years", "Community"], stored.Answers);
        }
        finally
        {
            Scripts(true);
        }
    }

    [Fact]
    public async Task Researcher_QuestionsSortsAndNotes_PagesAreAccessible()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(20), Counts);
        var columns = Counts.SelectMany((c, i) => Enumerable.Repeat(i - 2, c)).ToArray();
        var (pid, sid) = await app.WithDbAsync(async db =>
        {
            var study = await db.QStudies.Include(q => q.Statements).SingleAsync(q => q.PublicKey == key);
            study.Status = QStudyStatus.Draft;
            await db.SaveChangesAsync();
            return (study.PartnershipId, study.Id);
        });
        var email = $"q-researcher-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: pid, role: PartnershipRole.Facilitator);
        app.SignIn(email, Poet.Web.Tests.Support.PoetApp.Password);

        app.Go($"/partnerships/{pid}/q-studies/{sid}/questions");
        app.AssertAccessible();
        Submit(By.CssSelector("main form button"), click: true);
        Assert.Contains("Select when to ask the question", Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text);
        app.AssertAccessible();
        Driver.FindElement(By.Id("Stage-2")).Click();
        Driver.FindElement(By.Id("Text")).SendKeys("Where do you mostly work?");
        Driver.FindElement(By.Id("Kind-2")).Click();
        Driver.FindElement(By.Id("Options")).SendKeys("Hospital\nCommunity");
        Submit(By.CssSelector("main form button"), click: true);
        Assert.Contains("Question q_1 added", Driver.FindElement(By.Id("notice")).Text);
        app.AssertAccessible();

        var sortId = await app.WithDbAsync(async db =>
        {
            var study = await db.QStudies.Include(q => q.Statements).Include(q => q.Questions).SingleAsync(q => q.Id == sid);
            study.Status = QStudyStatus.Open;
            var sort = new QSort { Id = Guid.NewGuid(), StudyId = sid, Code = "Q-7KM3", IsSubmitted = true, Role = QParticipantRole.Carer, CommentConsent = QCommentConsent.TeamOnly };
            sort.Placements.AddRange(study.Statements.Select(st => new QPlacement { SortId = sort.Id, StatementId = st.Id, Column = columns[st.Number - 1], Comment = st.Number == 1 ? "Not our job" : null }));
            sort.Answers.Add(new QAnswer { SortId = sort.Id, QuestionId = study.Questions[0].Id, Value = "Community" });
            db.QSorts.Add(sort);
            await db.SaveChangesAsync();
            return sort.Id;
        });

        app.Go($"/partnerships/{pid}/q-studies/{sid}/sorts?code=q7km3");
        Assert.EndsWith($"/sorts/{sortId}", Driver.Url);
        app.AssertAccessible();
        Driver.FindElement(By.CssSelector("#statement option[value='1']")).Click();
        Driver.FindElement(By.Id("note")).SendKeys("Said budgets are decided elsewhere");
        Submit(By.CssSelector("main form button"), click: true);
        Assert.Contains("Said budgets are decided elsewhere", Driver.FindElement(By.Id("card-1")).Text);
        app.AssertAccessible();
        app.Go($"/partnerships/{pid}/q-studies/{sid}/sorts");
        app.AssertAccessible();
        app.Go($"/partnerships/{pid}/q-studies/{sid}/answers");
        Assert.Contains("Community", Driver.FindElement(By.CssSelector("main table")).Text);
        app.AssertAccessible();
    }

    [Fact]
    public async Task Sort_OnPhonePortrait_ShowsOneColumnAtATimeWithoutSidewaysScrolling()
    {
        var key = await app.SeedOpenStudyAsync(QStudyFixture.Numbered(33), QStudyFixture.LipsetCounts);
        // 320 CSS pixels: WCAG's reflow width, narrower than most phones held upright.
        Driver.Manage().Window.Size = new Size(320, 800);
        try
        {
            app.Go($"/q/{key}");
            Driver.FindElement(By.Id("Consent")).Click();
            Submit(By.CssSelector("form button"), click: true);
            Driver.FindElement(By.Id("Role")).Click();
            Submit(By.CssSelector("form button"), click: true);
            for (var i = 1; i <= 33; i++) Driver.FindElement(By.Id($"Piles_{i}_")).Click();
            Submit(By.CssSelector("form button"), click: true);

            app.AssertAccessible();
            Assert.Equal(["+4 (agree most)"], ShownColumns());
            Assert.Equal(320L, ((IJavaScriptExecutor)Driver).ExecuteScript("return window.innerWidth;"));
            // Nothing sticks out to the right, so the page never scrolls sideways.
            Assert.Equal("", (string)((IJavaScriptExecutor)Driver).ExecuteScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');")!);
            Driver.FindElement(By.CssSelector("[data-qsort-tray] .qsort-card[data-number='7']")).Click();
            Driver.FindElement(By.CssSelector("[data-qsort-column='4'] .qsort-column__head")).Click();
            Assert.Equal("4", Driver.FindElement(By.Id("Columns_7_")).GetAttribute("value"));
            Driver.FindElement(By.CssSelector("[data-qsort-prev]")).Click();
            Assert.Equal(["+3"], ShownColumns());
        }
        finally
        {
            Driver.Manage().Window.Size = new Size(1280, 900);
        }
    }

    private string[] ShownColumns() =>
        Driver.FindElements(By.CssSelector("[data-qsort-column]")).Where(c => c.Displayed).Select(c => c.FindElement(By.CssSelector(".qsort-column__label")).Text).ToArray();

    private IWebElement Item(int statement) => Driver.FindElement(By.CssSelector($"[data-qsort-pile-item='{statement}']"));

    /// <summary>Presses Enter on (or clicks) a button and waits until its document has gone; works with scripts off too.</summary>
    private void Submit(By button, bool click = false)
    {
        var oldPage = Driver.FindElement(By.TagName("html"));
        if (click) Driver.FindElement(button).Click();
        else Driver.FindElement(button).SendKeys(Keys.Enter);
        WaitUntilGone(oldPage);
    }

    /// <summary>Keys pressed on whatever has focus, as a keyboard user would, without WebDriver focusing an element first.</summary>
    private void Keyboard(params string[] keys)
    {
        foreach (var k in keys) new Actions(Driver).SendKeys(k).Perform();
    }

    private void ShiftTab() => new Actions(Driver).KeyDown(Keys.Shift).SendKeys(Keys.Tab).KeyUp(Keys.Shift).Perform();

    /// <summary>Presses Tab until the element with <paramref name="id"/> (or a button with <paramref name="text"/>) has focus.</summary>
    private void TabTo(string? id, string? text = null)
    {
        for (var i = 0; i < 60; i++)
        {
            Keyboard(Keys.Tab);
            var active = Driver.SwitchTo().ActiveElement();
            if (id is not null ? active.GetAttribute("id") == id : active.TagName == "button" && active.Text == text) return;
        }
        throw new InvalidOperationException($"Tab never reached {id ?? text} at {Driver.Url}");
    }

    /// <summary>Waits until the document <paramref name="oldPage"/> belongs to has been replaced.</summary>
    private void WaitUntilGone(IWebElement oldPage)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                _ = oldPage.TagName;
            }
            catch (WebDriverException)
            {
                return;
            }
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"The page did not change at {Driver.Url}");
    }

    /// <summary>Turns page scripts off or on through the DevTools protocol; WebDriver's own scripts (axe) need them on.</summary>
    private void Scripts(bool enabled) =>
        ((ChromeDriver)Driver).ExecuteCdpCommand("Emulation.setScriptExecutionDisabled", new Dictionary<string, object?> { ["value"] = !enabled });

    /// <summary>Axe on the page as loaded without JavaScript: scripts go on only for the check, after the page's own have been skipped.</summary>
    private void Check()
    {
        Scripts(true);
        app.AssertAccessible();
        Scripts(false);
    }
}
