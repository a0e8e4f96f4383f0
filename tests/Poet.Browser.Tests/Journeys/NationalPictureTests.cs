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
/// Issue 20's journey: the demo coordinator shares with the board's consent beside five partnerships that already have;
/// the host sees what works for whom and the trend; the demo partnership and one other open their benchmarks; the demo
/// withdraws, and leaves the host's views and the other's benchmark pool.
/// </summary>
public class NationalPictureTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int OthersUsable = 12;

    [Fact]
    public async Task SixShareWithConsent_HostSeesOutcomesAndTrend_BenchmarksGiveBack_WithdrawingLeavesEveryView()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());
        await NationalSharing.ProfileDemoAsync(app);
        var others = await SeedOthersAsync(pid, rid, 5);
        var other = await app.CreateUserAsync(Scenario.NewEmail("other"), partnershipId: others[0].Pid, role: PartnershipRole.Coordinator);
        var admin = await app.CreateUserAsync(Scenario.NewEmail("host"), hostAdmin: true);

        SignIn(DemoData.CoordinatorEmail, password);
        app.Go($"/partnerships/{pid}/rounds/{rid}/national");
        app.AssertAccessible();
        NationalSharing.Share(app);
        Assert.StartsWith($"Agreed for the partnership's board by {NationalSharing.AgreedBy} on ", app.Driver.FindElement(By.Id("shared-consent")).Text);
        Assert.EndsWith("under the data-sharing terms version 1", app.Driver.FindElement(By.Id("shared-consent")).Text);

        SignIn(admin.Email!, PoetApp.Password);
        Assert.StartsWith("6 partnerships", WhatWorksStaffBasis());
        app.AssertAccessible();
        app.Go("/admin/national/trends");
        Assert.Contains(app.Driver.FindElements(By.CssSelector("#characteristic-table thead th")), th => th.Text == "2006");
        app.AssertAccessible();

        SignIn(DemoData.CoordinatorEmail, password);
        app.Go($"/partnerships/{pid}/rounds/{rid}/national/benchmark");
        Assert.Contains("Partnerships like yours: 6 partnerships", app.Driver.FindElement(By.Id("benchmark-basis")).Text);
        app.AssertAccessible();

        SignIn(other.Email!, PoetApp.Password);
        app.Go($"/partnerships/{others[0].Pid}/rounds/{others[0].Rid}/national/benchmark");
        Assert.Contains("Partnerships like yours: 6 partnerships", app.Driver.FindElement(By.Id("benchmark-basis")).Text);

        SignIn(DemoData.CoordinatorEmail, password);
        app.Go($"/partnerships/{pid}/rounds/{rid}/national");
        app.PressEnterAndWait(app.Driver.FindElements(By.CssSelector("button")).Single(b => b.Text == "Withdraw this round from the national dataset"));

        SignIn(admin.Email!, PoetApp.Password);
        Assert.StartsWith("5 partnerships", WhatWorksStaffBasis());
        SignIn(other.Email!, PoetApp.Password);
        app.Go($"/partnerships/{others[0].Pid}/rounds/{others[0].Rid}/national/benchmark");
        Assert.StartsWith("The pooled figures are not shown: fewer than 5 other partnerships like yours", app.Driver.FindElement(By.Id("benchmark-withheld")).Text);
        Assert.Empty(app.Driver.FindElements(By.Id("benchmark-basis")));
    }

    /// <summary>The host's "what works for whom" view compared by type through its form; returns what the whole selection's staff figure rests on.</summary>
    private string WhatWorksStaffBasis()
    {
        app.Go("/admin/national/outcomes");
        var by = app.Driver.FindElement(By.Id("by"));
        by.FindElements(By.TagName("option")).Single(o => o.Text == "Type of partnership").Click();
        app.PressEnterAndWait(app.Driver.FindElements(By.CssSelector("button")).Single(b => b.Text == "Show"));
        return app.Driver.FindElement(By.CssSelector("#row-staff td .govuk-body-s")).Text;
    }

    private void SignIn(string email, string password)
    {
        app.Driver.Manage().Cookies.DeleteAllCookies();
        app.SignIn(email, password);
    }

    /// <summary>Shared rounds of other partnerships, profiled and dated as the demo round, with their boards' consent recorded.</summary>
    private Task<(int Pid, int Rid)[]> SeedOthersAsync(int demoPid, int demoRid, int count) => app.WithDbAsync(async db =>
    {
        var likert = ItemBank.Current.Items.Where(i => ItemBank.Current.Section(i.Section).Kind == SectionKinds.Likert).ToArray();
        var demo = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == demoPid);
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Id == demoRid);
        var made = new List<(int, int)>();
        for (var n = 0; n < count; n++)
        {
            var shared = new SurveyRound
            {
                Partnership = new Partnership { Name = $"Other partnership {n}", Area = "Elsewhere", CreatedUtc = DateTime.UtcNow },
                Title = "Shared round", Status = RoundStatus.Closed, InstrumentVersion = round.InstrumentVersion,
                OpensOn = new DateOnly(round.ClosesOn.Year, 1, 1), ClosesOn = new DateOnly(round.ClosesOn.Year, 2, 1), CodeSalt = [1],
            };
            db.Rounds.Add(shared);
            await db.SaveChangesAsync();
            var national = new NationalRound
            {
                RoundId = shared.Id, PartnershipId = shared.PartnershipId, InstrumentVersion = round.InstrumentVersion,
                Year = round.ClosesOn.Year, Invited = 15, Usable = OthersUsable, OptedIn = true, OptedInUtc = DateTime.UtcNow, AggregatedUtc = DateTime.UtcNow,
                TypeCode = demo.TypeCode, ClientGroupCode = demo.ClientGroupCode, GovernanceCode = demo.GovernanceCode, RegionCode = demo.RegionCode,
                DepthCode = demo.DepthCode, BreadthCode = demo.BreadthCode, Frames = demo.Frames,
                ConsentBy = $"Chair of partnership {n}", ConsentAgreedOn = DateTime.UtcNow.Date, ConsentTermsVersion = 1, ConsentRecordedBy = "seeded"
            };
            national.Items.AddRange(likert.Select(i => new NationalItem { ItemId = i.Id, Section = i.Section, C4 = OthersUsable }));
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
            made.Add((shared.PartnershipId, shared.Id));
        }
        return made.ToArray();
    });
}
