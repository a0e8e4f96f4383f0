using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Outcomes;

public class DemoOutcomeListTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Seed_FinalisedListIsThePilotsElevenWithProvenance()
    {   // brief §5, "RISS/SISS outcomes agreed after the workshop" (Box 5.2)
        using (var scope = app.Services.CreateScope()) await DemoData.SeedAsync(scope.ServiceProvider);

        var list = await app.WithDbAsync(db => db.AgreedLists.Include(l => l.Items).ThenInclude(i => i.Sources)
            .SingleAsync(l => db.Partnerships.Any(p => p.Id == l.PartnershipId && p.Name == DemoData.PartnershipName)));
        var staffStatements = await app.WithDbAsync(db => db.OutcomeStatements.Select(o => new { o.Id, o.Outcome }).ToDictionaryAsync(o => o.Id, o => o.Outcome));

        Assert.Equal(1, list.Version);
        Assert.Equal(DemoOutcomeList.AgreedOutcomes, list.Items.OrderBy(i => i.Order).Select(i => i.Wording));
        Assert.Equal(11, list.Items.Count);
        Assert.All(list.Items, i => Assert.NotEmpty(i.Sources));
        var quickly = list.Items.Single(i => i.Wording == "Services responding quickly").Sources.Select(s => staffStatements[s.StatementId]).Order();
        Assert.Equal(["A central referral system", "Central referral system"], quickly);
    }
}
