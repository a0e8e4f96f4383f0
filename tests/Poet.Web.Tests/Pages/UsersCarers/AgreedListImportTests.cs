using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class AgreedListImportTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task PostCreate_DemoPartnership_StartsFromTheAgreedOutcomeList()
    {
        string password;
        using (var scope = app.Services.CreateScope()) password = await DemoData.SeedAsync(scope.ServiceProvider);
        var pid = await app.WithDbAsync(db => db.Partnerships.Where(p => p.Name == DemoData.PartnershipName).Select(p => p.Id).SingleAsync());
        // The demo seeds a closed phase two; remove it so the coordinator starts a questionnaire afresh.
        await app.WithDbAsync(db => db.UcQuestionnaires.Where(q => q.PartnershipId == pid).ExecuteDeleteAsync());
        var client = app.NewClient();
        (await client.PostFormAsync("/account/sign-in", new() { ["Email"] = DemoData.CoordinatorEmail, ["Password"] = password })).AssertRedirect("/partnerships");

        var response = await client.PostFormAsync($"/partnerships/{pid}/users-carers?handler=create", new(), formUrl: $"/partnerships/{pid}/users-carers");

        response.AssertRedirect($"/partnerships/{pid}/users-carers/questionnaire");
        var (agreed, questionnaire) = await app.WithDbAsync(async db => (
            await db.AgreedLists.Where(l => l.PartnershipId == pid).SelectMany(l => l.Items).OrderBy(i => i.Order).Select(i => i.Wording).ToListAsync(),
            await db.UcQuestionnaires.Where(q => q.PartnershipId == pid).SelectMany(q => q.Items).Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).Select(i => i.Text).ToListAsync()));
        Assert.Equal(11, agreed.Count); // the pilot's box of eleven
        Assert.Equal(agreed, questionnaire);
    }
}
