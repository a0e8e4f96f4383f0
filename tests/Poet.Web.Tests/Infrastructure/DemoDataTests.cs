using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Analysis.Ordinal;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

public class DemoDataTests(PoetApp app) : IClassFixture<PoetApp>, IAsyncLifetime
{
    private string _password = "";

    public async Task InitializeAsync()
    {
        using var scope = app.Services.CreateScope();
        _password = await DemoData.SeedAsync(scope.ServiceProvider);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Seed_ReproducesRissPilotReturns()
    {   // brief §5: 73 invited, 52 submitted, 46 usable
        var (invited, submitted, flagged) = await app.WithDbAsync(async db =>
        {
            var round = await db.Rounds.SingleAsync(r => r.Partnership!.Name == DemoData.PartnershipName);
            return (await db.Invitations.CountAsync(i => i.RoundId == round.Id),
                    await db.Responses.CountAsync(r => r.RoundId == round.Id && r.IsSubmitted),
                    await db.Invitations.CountAsync(i => i.RoundId == round.Id && i.HasSubmitted));
        });
        Assert.Equal((73, 52, 52), (invited, submitted, flagged));
    }

    [Fact]
    public async Task Seed_UsableResponsesAre78PercentCouncil()
    {   // brief §5: 78% of responses from the borough council (36 of 46)
        var byPartner = await app.WithDbAsync(db => db.Responses
            .Where(r => r.IsSubmitted && r.Answers.Count(a => a.Value != null) > 20)
            .GroupBy(r => r.PartnerOrganisationId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(46, byPartner.Sum());
        Assert.Equal(36, byPartner.Max());
        Assert.Equal(78, (int)Math.Round(100.0 * byPartner.Max() / byPartner.Sum()));
    }

    [Fact]
    public async Task Seed_ClearOutcomesItem_Is80AgreeAnd20DontKnow()
    {   // brief §3.7: 80% agree or strongly agree, 0% disagree, 20% don't know (37, 0, 9 of 46)
        var answers = await app.WithDbAsync(db => db.Answers
            .Where(a => db.RoundItems.Any(i => i.Id == a.RoundItemId && i.ItemId == DemoData.ClearOutcomesItemId))
            .Select(a => a.Value).ToListAsync());
        var summary = OrdinalSummary.Summarise(answers);
        Assert.Equal((46, 37, 0, 9), (summary.Answered, summary.Agree, summary.Disagree, summary.DontKnow));
        Assert.Equal(80, (int)Math.Round(summary.AgreePercentOfAnswered!.Value));
    }

    [Fact]
    public async Task Seed_NoStatementShowsTheSameCommentTwice()
    {   // issue 15 item 12: the same comment appeared five times under statement 2.2
        var comments = await app.WithDbAsync(db => db.Answers.Where(a => a.Comment != null)
            .Select(a => new { a.RoundItemId, a.Comment }).ToListAsync());
        Assert.InRange(comments.Count, 10, 80);
        Assert.All(comments.GroupBy(c => c.RoundItemId), g => Assert.Equal(g.Count(), g.Select(c => c.Comment).Distinct().Count()));
    }

    [Fact]
    public async Task Seed_AgreedListIsDatedAtTheWorkshopIn2006AndFollowsItsVotes()
    {   // issue 15 item 12: the 2006 list was dated today with every candidate at 0 votes
        var (created, workshop, votes, perPerson) = await app.WithDbAsync(async db =>
        {
            var round = await db.Rounds.SingleAsync(r => r.Partnership!.Name == DemoData.PartnershipName);
            var list = await db.AgreedLists.Include(l => l.Items).SingleAsync(l => l.RoundId == round.Id);
            var w = await db.Workshops.SingleAsync(x => x.RoundId == round.Id);
            var byCandidate = await db.WorkshopVotes.Where(v => v.WorkshopId == w.Id).GroupBy(v => v.CandidateId)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N);
            var byPerson = await db.WorkshopVotes.Where(v => v.WorkshopId == w.Id).GroupBy(v => v.ParticipantId)
                .Select(g => new { N = g.Count(), Distinct = g.Select(v => v.CandidateId).Distinct().Count() }).ToListAsync();
            return (list.CreatedUtc, w, list.Items.OrderBy(i => i.Order).Select(i => byCandidate.GetValueOrDefault(i.CandidateId!.Value)).ToArray(), byPerson);
        });
        Assert.Equal(new DateOnly(2006, 11, 16), DateOnly.FromDateTime(created));
        Assert.Equal((WorkshopStage.Results, true), (workshop.Stage, workshop.ClosedUtc is not null));
        Assert.Equal(DemoPhaseTwo.StaffVotes, votes); // the staff priorities phase two compares with families'
        Assert.Equal(DemoOutcomeList.WorkshopParticipants, perPerson.Count);
        Assert.All(perPerson, p => Assert.Equal((DemoOutcomeList.VotesEach, DemoOutcomeList.VotesEach), (p.N, p.Distinct)));
    }

    [Fact]
    public async Task Seed_Twice_DoesNotDuplicate()
    {
        using (var scope = app.Services.CreateScope()) await DemoData.SeedAsync(scope.ServiceProvider);
        Assert.Equal(1, await app.WithDbAsync(db => db.Partnerships.CountAsync(p => p.Name == DemoData.PartnershipName)));
    }

    [Fact]
    public async Task Seed_CoordinatorCanSignInWithPrintedPassword()
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = DemoData.CoordinatorEmail, ["Password"] = _password });
        response.AssertRedirect("/partnerships");
    }
}
