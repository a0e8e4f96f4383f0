using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class OpenCloseTests(PoetApp app) : IClassFixture<PoetApp>
{
    private Task<RoundStatus> StatusAsync(int rid) => app.WithDbAsync(db => db.Rounds.Where(r => r.Id == rid).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task Open_Draft_OpensAndGoesToInvitations()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var response = await s.Client.PostFormAsync(RoundLinks.Open(s.Pid, rid), []);
        response.AssertRedirect(RoundLinks.Invitations(s.Pid, rid));
        Assert.Equal(RoundStatus.Open, await StatusAsync(rid));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "round.opened")));
    }

    [Fact]
    public async Task Open_ClosedRound_CannotGoBack()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Closed);
        var response = await s.Client.PostFormAsync(RoundLinks.Open(s.Pid, rid), [], formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal([OpenModel.NotDraft], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(RoundStatus.Closed, await StatusAsync(rid));
    }

    [Fact]
    public async Task Close_Open_ReleasesWaitingSubmissionsHoweverFewThenCloses()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid, RoundStatus.Open);
        var sealer = app.Get<SealedAnswers>();
        await app.WithDbAsync(async db =>
        {
            foreach (var role in new[] { "Team leader", "Nurse" })
                db.SealedSubmissions.Add(new SealedSubmission { Id = Guid.NewGuid(), RoundId = rid, Sealed = sealer.SealSubmission(new Response { RoundId = rid, RoleTitle = role }) });
            await db.SaveChangesAsync();
        });

        var response = await s.Client.PostFormAsync(RoundLinks.Close(s.Pid, rid), []);

        response.AssertRedirect(RoundLinks.Dashboard(s.Pid, rid));
        Assert.Equal(RoundStatus.Closed, await StatusAsync(rid));
        Assert.Equal(0, await app.Get<SubmissionMix>().WaitingCountAsync(rid));
        Assert.Equal(["Nurse", "Team leader"], await app.WithDbAsync(db => db.Responses.Where(r => r.RoundId == rid && r.IsSubmitted).Select(r => r.RoleTitle!).OrderBy(t => t).ToListAsync()));
    }

    [Fact]
    public async Task Close_Draft_IsRefused()
    {
        var s = await app.CoordinatorAsync();
        var rid = await app.CreateRoundAsync(s.Pid);
        var response = await s.Client.PostFormAsync(RoundLinks.Close(s.Pid, rid), [], formUrl: RoundLinks.Templates(s.Pid, rid));
        Assert.Equal([CloseModel.NotOpen], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(RoundStatus.Draft, await StatusAsync(rid));
    }
}
