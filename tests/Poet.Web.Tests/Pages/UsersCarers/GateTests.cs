using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class GateTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_NoClosedStaffRound_IsLockedAndSaysWhy()
    {
        var s = await UcSetup.CreateAsync(app);

        var doc = await (await s.Facilitator.GetAsync(s.Url())).HtmlAsync();

        Assert.Contains("This phase is locked", doc.QuerySelector("#gate")!.TextContent);
        Assert.Contains("No staff survey round has closed yet.", doc.QuerySelector("#gate")!.TextContent);
    }

    [Fact]
    public async Task Get_CountThresholdMissed_SaysUsableAndThreshold()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 5, ThresholdKind.Count, threshold: 6);

        var doc = await (await s.Coordinator.GetAsync(s.Url())).HtmlAsync();

        Assert.Contains("had 5 usable responses; the agreed threshold was 6.", doc.QuerySelector("#gate")!.TextContent);
        Assert.Null(doc.QuerySelector("form button"));
    }

    [Fact]
    public async Task Get_PercentThresholdMissed_NamesThePercentage()
    {   // DLDS shape, scaled down: 30% of 20 invited = 6 needed
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 5, ThresholdKind.Percent, threshold: 30, invited: 20);

        var doc = await (await s.Coordinator.GetAsync(s.Url())).HtmlAsync();

        Assert.Contains("had 5 usable responses; the agreed threshold was 6 (30% of the 20 staff invited).", doc.QuerySelector("#gate")!.TextContent);
    }

    [Fact]
    public async Task PostCreate_Locked_ShowsErrorAndCreatesNothing()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 5, ThresholdKind.Count, threshold: 6);

        var token = await Http.AntiforgeryTokenAsync(s.Coordinator, $"/partnerships/{s.Pid}/profile"); // a locked page has no form
        var res = await s.Coordinator.PostAsync(s.Url() + "?handler=Create", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("This phase is locked.", (await res.HtmlAsync()).ErrorSummary()[0]);
        Assert.False(await app.WithDbAsync(db => db.UcQuestionnaires.AnyAsync(q => q.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task PostCreate_ThresholdMet_CreatesDraftWithTheChildrensStartingQuestions()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 6, ThresholdKind.Count, threshold: 6);

        var res = await s.Coordinator.PostFormAsync(s.Url() + "?handler=Create", [], formUrl: s.Url());

        res.AssertRedirect(s.Url("/questionnaire"));
        var q = await app.WithDbAsync(db => db.UcQuestionnaires.Include(x => x.Items).SingleAsync(x => x.PartnershipId == s.Pid));
        Assert.Equal(UcStatus.Draft, q.Status);
        // The test partnership's client group is "Children".
        Assert.Contains(q.Items, i => i.Kind == UcItemKind.Barrier && i.Text == "Appointments at times that clash with school or work");
        Assert.DoesNotContain(q.Items, i => i.Text == "Parking");
    }

    [Fact]
    public async Task Override_NotHostAdmin_NotFound()
    {
        var s = await UcSetup.CreateAsync(app);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await s.Coordinator.GetAsync(s.Url("/override"))).StatusCode);
    }

    [Fact]
    public async Task Override_NoReason_ShowsError()
    {
        var s = await UcSetup.CreateAsync(app);
        var admin = await AdminAsync();

        var res = await admin.PostFormAsync(s.Url("/override"), new() { ["Reason"] = "  " });

        Assert.Equal(["Enter why this phase should go ahead although the staff survey missed its threshold"], (await res.HtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.UcGateOverrides.AnyAsync(o => o.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Override_WithReason_UnlocksAndIsAudited()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 5, ThresholdKind.Count, threshold: 6);
        var admin = await AdminAsync();

        var res = await admin.PostFormAsync(s.Url("/override"), new() { ["Reason"] = "The board asked for family views regardless" });

        res.AssertRedirect(s.Url());
        var doc = await (await s.Coordinator.GetAsync(s.Url())).HtmlAsync();
        Assert.DoesNotContain("This phase is locked", doc.Body!.TextContent);
        Assert.Contains("Reason: The board asked for family views regardless", doc.QuerySelector("#gate")!.TextContent);
        var audit = await app.WithDbAsync(db => db.Audit.SingleAsync(a => a.PartnershipId == s.Pid && a.Action == "phase2.override"));
        Assert.Contains("The board asked for family views regardless", audit.Detail);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, hostAdmin: true);
        return await app.SignedInClientAsync(email);
    }
}
