using Microsoft.Extensions.Caching.Memory;
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
}
