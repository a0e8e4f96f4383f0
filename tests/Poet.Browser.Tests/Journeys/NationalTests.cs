using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// The demo coordinator shares the demo round (closed in 2006) with the national dataset and later withdraws it; the host
/// admin watches the 2006 selection, where four other partnerships have already shared, cross the 5-partnership line and back.
/// </summary>
public class NationalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Year = 2006, OthersUsable = 12;
    private const string TooFew = "Fewer than 5 partnerships match this selection";

    [Fact]
    public async Task DemoRound_OptedInThenOut_AppearsInNationalViewThenDisappears()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());
        Assert.Equal(Year, await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.ClosesOn.Year).SingleAsync()));
        await NationalSharing.ProfileDemoAsync(app);
        await SeedOtherPartnershipsAsync(4);
        var admin = await app.CreateUserAsync(Scenario.NewEmail("host"), hostAdmin: true);

        AsAdmin(admin.Email!);
        Assert.StartsWith(TooFew, Dashboard());
        app.AssertAccessible();

        AsCoordinator(password);
        app.Go($"/partnerships/{pid}/rounds/{rid}/national");
        Assert.Equal("Not shared This round is not in the national dataset.", app.Driver.FindElement(By.Id("national-status")).Text);
        Assert.Equal(DemoData.Usable.ToString(), app.Driver.FindElement(By.XPath("//dl[@id='shared-profile']//dt[.='Usable responses']/following-sibling::dd")).Text);
        Assert.NotEmpty(app.Driver.FindElements(By.CssSelector("#shared-items tbody tr")));
        app.AssertAccessible();
        NationalSharing.Share(app);
        Assert.Equal("This round is now in the national dataset.", app.Driver.FindElement(By.ClassName("govuk-notification-banner__heading")).Text);

        AsAdmin(admin.Email!);
        Assert.Equal($"Based on 5 partnerships, 5 rounds and {DemoData.Usable + 4 * OthersUsable} usable staff responses.", Dashboard());
        Assert.NotEmpty(app.Driver.FindElements(By.CssSelector("#national-items tbody tr")));
        Assert.DoesNotContain(DemoData.PartnershipName, app.Driver.FindElement(By.TagName("main")).Text);
        app.AssertAccessible();

        AsCoordinator(password);
        app.Go($"/partnerships/{pid}/rounds/{rid}/national");
        app.PressEnterAndWait(Button("Withdraw this round from the national dataset"));
        Assert.Equal("Not shared This round is not in the national dataset.", app.Driver.FindElement(By.Id("national-status")).Text);

        AsAdmin(admin.Email!);
        Assert.StartsWith(TooFew, Dashboard());
        Assert.Empty(app.Driver.FindElements(By.Id("national-items")));
        Assert.Equal(["national.opted-in", "national.opted-out"],
            await app.WithDbAsync(db => db.Audit.Where(a => a.PartnershipId == pid && a.Action.StartsWith("national.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    /// <summary>Filters the dashboard to the demo round's year through its form and returns what the view says it rests on.</summary>
    private string Dashboard()
    {
        app.Go("/admin/national");
        app.Driver.FindElement(By.Id("from")).SendKeys(Year.ToString());
        var to = app.Driver.FindElement(By.Id("to"));
        to.SendKeys(Year.ToString());
        app.PressEnterAndWait(to);
        return app.Driver.FindElements(By.Id("national-basis")).Concat(app.Driver.FindElements(By.Id("national-unavailable"))).Single().Text;
    }

    private IWebElement Button(string text) =>
        app.Driver.FindElements(By.CssSelector("button")).Single(b => b.Text == text);

    private void AsCoordinator(string password)
    {
        app.Driver.Manage().Cookies.DeleteAllCookies();
        app.SignIn(DemoData.CoordinatorEmail, password);
    }

    private void AsAdmin(string email)
    {
        app.Driver.Manage().Cookies.DeleteAllCookies();
        app.SignIn(email, PoetApp.Password);
    }

    /// <summary>Other partnerships' rounds of the same year, shared already, each with every standard item answered "agree" by all.</summary>
    private Task SeedOtherPartnershipsAsync(int count) => app.WithDbAsync(async db =>
    {
        var likert = ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).ToArray();
        // Profiled as the demo is: a pool where 1 to 4 partnerships differ in a code is withheld as nearly covered.
        var demo = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Name == DemoData.PartnershipName);
        for (var n = 0; n < count; n++)
        {
            var round = new SurveyRound
            {
                Partnership = new Partnership { Name = $"Other partnership {n}", Area = "Elsewhere", CreatedUtc = DateTime.UtcNow },
                Title = "Shared round", Status = RoundStatus.Closed, InstrumentVersion = ItemBank.CurrentVersion,
                OpensOn = new DateOnly(Year, 1, 1), ClosesOn = new DateOnly(Year, 2, 1), CodeSalt = [1],
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            var national = new NationalRound
            {
                RoundId = round.Id, PartnershipId = round.PartnershipId, InstrumentVersion = ItemBank.CurrentVersion,
                Year = Year, Invited = 15, Usable = OthersUsable, OptedIn = true, OptedInUtc = DateTime.UtcNow, AggregatedUtc = DateTime.UtcNow,
                TypeCode = demo.TypeCode, ClientGroupCode = demo.ClientGroupCode, GovernanceCode = demo.GovernanceCode, RegionCode = demo.RegionCode,
                DepthCode = demo.DepthCode, BreadthCode = demo.BreadthCode, Frames = demo.Frames
            };
            national.Items.AddRange(likert.Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = OthersUsable }));
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
        }
    });
}
