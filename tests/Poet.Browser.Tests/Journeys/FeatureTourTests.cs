using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Poet.Browser.Tests.Support;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Journeys;

/// <summary>
/// The tour's pages that need more than the demo holds: the users-and-carers local report, the workshop screen with
/// votes, a Q study's analysis and the host's national dashboard, each checked with axe. With POET_SCREENSHOTS=folder
/// set, it also saves their README screenshots there, scrolled to the part the README describes.
/// </summary>
public class FeatureTourTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("POET_SCREENSHOTS");

    private IWebDriver Driver => app.Driver;

    [Fact]
    public async Task LocalReport_DemoPhaseTwo_ShowsFamiliesViewsBesideStaffs()
    {
        var (pid, _) = await DemoAsCoordinatorAsync();

        app.Go($"/partnerships/{pid}/users-carers/local-report");

        Assert.Equal("Local report: the partnership and the people it serves", Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal(DemoOutcomeList.AgreedOutcomes.Length, Driver.FindElements(By.CssSelector("#valued tbody tr")).Count);
        Assert.StartsWith("Spearman's rank correlation between the staff order and the families' order: -0.16", Driver.FindElement(By.Id("rho")).Text);
        Assert.Equal(["A welcoming building: staff rank 1, families' rank 11", "Telling our story once, not repeating it: staff rank 2, families' rank 10",
            "Being treated with kindness and care: staff rank 9, families' rank 2"], Driver.FindElements(By.CssSelector("#disagreements li")).Select(li => li.Text));
        Assert.Equal(DemoOutcomeList.AgreedOutcomes.Length, Driver.FindElements(By.CssSelector("#plot-key li")).Count);
        Assert.Equal(DemoOutcomeList.AgreedOutcomes.Length, Driver.FindElements(By.CssSelector("#ranks tbody tr")).Count);
        app.AssertAccessible();
        Shot("users-carers-report", By.Id("plot"));
    }

    [Fact]
    public async Task WorkshopScreen_ResultsStage_ListsOutcomesByVotes()
    {
        var (pid, rid) = await DemoAsCoordinatorAsync();
        var (top, topVotes) = await SeedWorkshopResultsAsync(pid, rid);

        app.Go($"/partnerships/{pid}/rounds/{rid}/workshop/screen");

        Assert.Equal("Results", Driver.FindElement(By.CssSelector("[data-field='stage']")).Text);
        // The demo's staff support sums to 81 votes: 27 participants with 3 dots each.
        Assert.Equal("27 joined · 24 comments · 3 proposals · 81 of 81 votes cast", Driver.FindElement(By.CssSelector("[data-field='votesCast']")).FindElement(By.XPath("..")).Text);
        var first = new WebDriverWait(Driver, TimeSpan.FromSeconds(10)) { Message = "the screen's first result" };
        first.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        Assert.Equal($"{top} {topVotes} votes", first.Until(d => string.Join(" ",
            d.FindElement(By.CssSelector(".poet-screen-result")).FindElements(By.TagName("span")).Select(s => s.Text.Trim()))));
        app.AssertAccessible();
        Shot("workshop-screen");
    }

    [Fact]
    public async Task QAnalysis_LipsetSortsImported_ShowsScreePlot()
    {
        var (pid, _) = await DemoAsCoordinatorAsync();
        var sid = await app.WithDbAsync(async db =>
        {
            var study = new QStudy
            {
                PartnershipId = pid, Title = "The value patterns of democracy (qmethod's sample study)",
                Instruction = "Sort these by how well they describe your country", GridLowest = -4,
                GridCounts = string.Join(",", QStudyFixture.LipsetCounts), Status = QStudyStatus.Open,
                PublicKey = Guid.NewGuid().ToString("N"), CodeSalt = new byte[16], CreatedUtc = DateTime.UtcNow,
            };
            study.Statements.AddRange(QStudyFixture.LipsetStatements().Select((t, i) => new QStatement { Number = i + 1, Text = t }));
            db.QStudies.Add(study);
            await db.SaveChangesAsync();
            return study.Id;
        });

        app.Go($"/partnerships/{pid}/q-studies/{sid}/import");
        Driver.FindElement(By.Id("SortsFile")).SendKeys(QStudyFixture.FixturePath("qsorts.csv"));
        app.PressEnterAndWait(Driver.FindElement(By.CssSelector("main form button")));
        Assert.Contains("9 Q-sorts imported", Driver.FindElement(By.TagName("main")).Text);

        app.Go($"/partnerships/{pid}/q-studies/{sid}/analysis");

        Assert.Equal(7, Driver.FindElements(By.CssSelector("#scree-plot svg circle[data-factor]")).Count);
        Assert.StartsWith("Eigenvalues of the first 7 unrotated principal components fall from 2.38 for factor 1 to 0.40 for factor 7.",
            Driver.FindElement(By.CssSelector("#scree-plot figcaption")).Text);
        app.AssertAccessible();
        Shot("q-analysis", By.XPath("//h2[.='How many factors?']"));
    }

    [Fact]
    public async Task NationalDashboard_DemoAndFourOthersShared_ShowsPooledBars()
    {
        var (pid, rid) = await DemoAsCoordinatorAsync();
        app.Go($"/partnerships/{pid}/rounds/{rid}/national");
        NationalSharing.Share(app);
        Assert.Equal("This round is now in the national dataset.", Driver.FindElement(By.ClassName("govuk-notification-banner__heading")).Text);
        await SeedOtherSharedRoundsAsync(rid, 4);
        var admin = await app.CreateUserAsync(Scenario.NewEmail("host"), hostAdmin: true);
        SignIn(admin.Email!);

        app.Go("/admin/national");

        Assert.Equal($"Based on 5 partnerships, 5 rounds and {5 * DemoData.Usable} usable staff responses.", Driver.FindElement(By.Id("national-basis")).Text);
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("figure svg")));
        Assert.Equal(await app.WithDbAsync(db => db.NationalItems.CountAsync(i => i.RoundId == rid)), Driver.FindElements(By.CssSelector("#national-items tbody tr")).Count);
        Assert.DoesNotContain(DemoData.PartnershipName, Driver.FindElement(By.TagName("main")).Text);
        app.AssertAccessible();
        Shot("national", By.XPath("//h2[starts-with(., 'Staff survey statements')]"));
    }

    /// <summary>Seeds the demo once per fixture and signs in a new coordinator of it (the demo's own password is printed once).</summary>
    private async Task<(int Pid, int Rid)> DemoAsCoordinatorAsync()
    {
        if (!await app.WithDbAsync(db => db.Partnerships.AnyAsync(p => p.Name == DemoData.PartnershipName)))
            using (var scope = app.Services.CreateScope()) await DemoData.SeedAsync(scope.ServiceProvider);
        var (pid, rid) = await app.WithDbAsync(db => db.Rounds.Where(r => r.Partnership!.Name == DemoData.PartnershipName)
            .Select(r => new ValueTuple<int, int>(r.PartnershipId, r.Id)).SingleAsync());
        var coordinator = await app.CreateUserAsync(Scenario.NewEmail("tour"), partnershipId: pid);
        SignIn(coordinator.Email!);
        return (pid, rid);
    }

    private void SignIn(string email)
    {
        Driver.Manage().Cookies.DeleteAllCookies();
        app.SignIn(email, PoetApp.Password);
    }

    private void Shot(string name, By? top = null)
    {
        if (string.IsNullOrEmpty(Folder)) return;
        if (top is not null) ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView(); window.scrollBy(0, -20);", Driver.FindElement(top));
        app.Screenshot(Path.Combine(Folder, name + ".png"));
    }

    /// <summary>
    /// A workshop at its results stage whose votes per outcome are the staff support the demo's phase two records, cast by
    /// participants with three dots each, after a comment from each and a few rewordings; returns the leading outcome and its votes.
    /// </summary>
    private Task<(string Top, int TopVotes)> SeedWorkshopResultsAsync(int pid, int rid) => app.WithDbAsync(async db =>
    {
        var support = await db.UcItems.Where(i => db.UcQuestionnaires.Any(q => q.Id == i.QuestionnaireId && q.PartnershipId == pid) && i.Kind == UcItemKind.Outcome && i.StaffSupport != null)
            .ToDictionaryAsync(i => i.Order, i => i.StaffSupport!.Value);
        var candidates = await db.CandidateOutcomes.Where(c => c.RoundId == rid).OrderBy(c => c.Order).ToListAsync();
        // Grouped by outcome and dealt round-robin, so no participant puts two dots on one outcome (no outcome has as many votes as there are participants).
        var dots = candidates.SelectMany(c => Enumerable.Repeat(c.Id, support.GetValueOrDefault(c.Order))).ToList();
        const int perParticipant = 3;
        var participants = (dots.Count + perParticipant - 1) / perParticipant;
        var workshop = new Workshop
        {
            RoundId = rid, JoinCode = "K7TQ4M", OpenJoinCode = "K7TQ4M", Stage = WorkshopStage.Results, ResultsRevealed = true,
            VotesPerParticipant = perParticipant, GroupCount = 4, OpenedBy = "tour", OpenedUtc = DateTime.UtcNow
        };
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        var people = Enumerable.Range(0, participants).Select(n => new WorkshopParticipant
        {
            WorkshopId = workshop.Id,
            KeyHash = Guid.NewGuid().ToByteArray(), RejoinHash = Guid.NewGuid().ToByteArray(), GroupNumber = n % 4 + 1, JoinedUtc = DateTime.UtcNow
        }).ToList();
        db.WorkshopParticipants.AddRange(people);
        await db.SaveChangesAsync();
        db.WorkshopContributions.AddRange(people.Select((p, n) => new WorkshopContribution
        {
            WorkshopId = workshop.Id, ParticipantId = p.Id,
            CandidateId = candidates[n % candidates.Count].Id, Kind = n % 9 == 0 ? ContributionKind.Rewording : ContributionKind.Comment,
            Text = "Families would recognise this", CreatedUtc = DateTime.UtcNow
        }));
        db.WorkshopVotes.AddRange(dots.Select((candidate, k) => new WorkshopVote
        {
            WorkshopId = workshop.Id, ParticipantId = people[k % participants].Id,
            CandidateId = candidate, Slot = k / participants + 1, OutcomeSlot = 1
        }));
        await db.SaveChangesAsync();
        var top = candidates.MaxBy(c => support.GetValueOrDefault(c.Order))!;
        return (top.Wording, support[top.Order]);
    });

    /// <summary>Other partnerships' rounds of the demo's year, already shared, each with the demo's counts moved along by a few statements.</summary>
    private Task SeedOtherSharedRoundsAsync(int demoRid, int count) => app.WithDbAsync(async db =>
    {
        var demo = await db.NationalRounds.AsNoTracking().Include(n => n.Items).Include(n => n.Outcomes).SingleAsync(n => n.RoundId == demoRid);
        var items = demo.Items.OrderBy(i => i.ItemId).ToList();
        for (var n = 1; n <= count; n++)
        {
            var round = new SurveyRound
            {
                Partnership = new Partnership { Name = $"Other partnership {n}", Area = "Elsewhere", CreatedUtc = DateTime.UtcNow },
                Title = "Shared round", Status = RoundStatus.Closed, InstrumentVersion = demo.InstrumentVersion,
                OpensOn = new DateOnly(demo.Year, 1, 1), ClosesOn = new DateOnly(demo.Year, 2, 1), CodeSalt = [1],
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            var national = new NationalRound
            {
                RoundId = round.Id, PartnershipId = round.PartnershipId, InstrumentVersion = demo.InstrumentVersion,
                Year = demo.Year, Invited = demo.Invited, Usable = demo.Usable, OptedIn = true, OptedInUtc = DateTime.UtcNow, AggregatedUtc = DateTime.UtcNow,
                // Profiled as the demo is: a pool where 1 to 4 partnerships differ in a code is withheld as nearly covered.
                TypeCode = demo.TypeCode, ClientGroupCode = demo.ClientGroupCode, GovernanceCode = demo.GovernanceCode, RegionCode = demo.RegionCode,
                DepthCode = demo.DepthCode, BreadthCode = demo.BreadthCode, Frames = demo.Frames
            };
            var shift = 3 * n;
            national.Items.AddRange(items.Select((item, i) =>
            {
                var from = items[(i + shift) % items.Count];
                return new NationalItem { ItemId = item.ItemId, Section = item.Section, C1 = from.C1, C2 = from.C2, C3 = from.C3, C4 = from.C4, C5 = from.C5, Unanswered = from.Unanswered };
            }));
            national.Outcomes.AddRange(demo.Outcomes.Select(o => new NationalOutcome
            {
                Order = o.Order, Wording = o.Wording, Focus = o.Focus, Type = o.Type,
                FrameworkHeading = o.FrameworkHeading, HasPhaseTwo = o.HasPhaseTwo, I1 = o.I1, I2 = o.I2, I3 = o.I3, I4 = o.I4,
                H1 = o.H1, H2 = o.H2, H3 = o.H3, H4 = o.H4, H5 = o.H5
            }));
            db.NationalRounds.Add(national);
            await db.SaveChangesAsync();
        }
    });
}
