using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.UsersCarers;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class ReturnTallyTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(UcQuestionnaire Q, Dictionary<int, int> Position)> QuestionnaireAsync(UcStatus status, int returns)
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(status);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        for (var n = 0; n < returns; n++) await AddReturnAsync(q.Id, outcomes);
        return (q, outcomes.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i));
    }

    private Task<int> AddReturnAsync(int qid, IEnumerable<int> outcomes) => app.WithDbAsync(db =>
    {
        db.UcResponses.Add(new UcResponse
        {
            Id = Guid.NewGuid(), QuestionnaireId = qid, Method = UcMethod.Postal, IsSubmitted = true,
            Answers = outcomes.Select(o => new UcAnswer { ItemId = o, Importance = 4, Happens = 1 }).ToList(),
        });
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task LoadAsync_ClosedAndUnchanged_ServesTheCachedTally()
    {
        var (q, position) = await QuestionnaireAsync(UcStatus.Closed, 5);
        using var cache = new MemoryCache(new MemoryCacheOptions());

        var first = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));
        var second = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));

        Assert.Same(first, second);
        Assert.Equal(5, second.Returns.Count);
    }

    [Fact]
    public async Task LoadAsync_PostalReturnResolvedAfterTheClose_CountsIt()
    {
        var (q, position) = await QuestionnaireAsync(UcStatus.Closed, 5);
        using var cache = new MemoryCache(new MemoryCacheOptions());
        await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));

        await AddReturnAsync(q.Id, position.Keys);
        var after = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));

        Assert.Equal(6, after.Returns.Count);
        Assert.All(after.Returns, r => Assert.Equal(4, r.Importance[0]));
    }

    [Fact]
    public async Task LoadAsync_Open_ReadsAfresh()
    {
        var (q, position) = await QuestionnaireAsync(UcStatus.Open, 5);
        using var cache = new MemoryCache(new MemoryCacheOptions());

        var first = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));
        var second = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, cache, q.Id, q.Status, position, default));

        Assert.NotSame(first, second);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task LoadAsync_CompleteSkippedAndEmptyReturns_TalliesEachAnswerWhereItBelongs()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var o = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        var sv = await s.ItemIdsAsync(q.Id, UcItemKind.Service);
        var b = await s.ItemIdsAsync(q.Id, UcItemKind.Barrier);
        var t = await s.ItemIdsAsync(q.Id, UcItemKind.Statement);
        UcResponse Return(UcRespondentType? type, bool submitted, params UcAnswer[] answers) =>
            new() { Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = submitted, RespondentType = type, Answers = [.. answers] };
        await app.WithDbAsync(db =>
        {
            db.UcResponses.AddRange(
                Return(UcRespondentType.CarerOrFamily, true,
                    new() { ItemId = o[0], Importance = 4, Happens = 1, Chosen = true }, new() { ItemId = o[1], Importance = 3, Happens = 5 },
                    new() { ItemId = o[2], Importance = 1, Happens = 2, Chosen = true }, new() { ItemId = sv[0], Chosen = true }, new() { ItemId = sv[1] },
                    new() { ItemId = b[0] }, new() { ItemId = b[1], Chosen = true }, new() { ItemId = b[2] },
                    new() { ItemId = t[0], Agreement = 5 }, new() { ItemId = t[1], Agreement = 1 }, new() { ItemId = t[2], Agreement = 3 }),
                Return(UcRespondentType.Helper, true,
                    new() { ItemId = o[0], Importance = 2 }, new() { ItemId = o[1], Importance = 9, Happens = 0 },
                    new() { ItemId = o[2], Happens = 4, Chosen = true }, new() { ItemId = sv[0], Chosen = true },
                    new() { ItemId = t[0], Agreement = 5 }, new() { ItemId = t[1] }),
                Return(null, true),
                Return(UcRespondentType.ServiceUser, false, new() { ItemId = o[0], Importance = 1, Happens = 1, Chosen = true }, new() { ItemId = sv[1], Chosen = true }));
            return db.SaveChangesAsync();
        });
        var position = o.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

        var tally = await app.WithDbAsync(db => ReturnTally.LoadAsync(db, null, q.Id, q.Status, position, default));

        var returns = tally.Returns.OrderBy(r => r.Group).ToList();
        Assert.Equal([RespondentGroup.Users, RespondentGroup.Carers, RespondentGroup.NotStated], returns.Select(r => r.Group));
        Assert.Equal([2, null, null], returns[0].Importance);
        Assert.Equal([null, null, 4], returns[0].Happens);
        Assert.Equal([false, false, true], returns[0].TopThree);
        Assert.Equal([4, 3, 1], returns[1].Importance);
        Assert.Equal([1, 5, 2], returns[1].Happens);
        Assert.Equal([true, false, true], returns[1].TopThree);
        Assert.Equal([null, null, null], returns[2].Importance);
        Assert.Equal([null, null, null], returns[2].Happens);
        Assert.Equal([false, false, false], returns[2].TopThree);
        Assert.Equal(new Dictionary<int, int> { [sv[0]] = 2, [b[1]] = 1 }, tally.Chosen);
        Assert.Equal(new[] { t[0], t[1], t[2] }, tally.Agreement.Keys.Order());
        Assert.Equal([0, 0, 0, 0, 2], tally.Agreement[t[0]]);
        Assert.Equal([1, 0, 0, 0, 0], tally.Agreement[t[1]]);
        Assert.Equal([0, 0, 1, 0, 0], tally.Agreement[t[2]]);
    }
}
