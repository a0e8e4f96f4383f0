using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

/// <summary>The respondent's pages speak in the round's own bank (issue 23): its section titles and outcome examples.</summary>
public class BankWordingTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(Invitee Invitee, HttpClient Client)> StartedAsync(string version)
    {
        var setup = await app.CreateRoundAsync();
        await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == setup.RoundId).ExecuteUpdateAsync(u => u.SetProperty(r => r.InstrumentVersion, version)));
        var invitee = (await app.InviteAsync(setup, 1))[0];
        return (invitee, await app.StartAsync(invitee));
    }

    [Fact]
    public async Task Outcomes_SafeguardingAdultsRound_HasTheBanksTitleAndExamples()
    {
        var (invitee, client) = await StartedAsync("poet-safeguarding-adults-1.0");
        var doc = await (await client.GetAsync(invitee.Link + "/outcomes")).HtmlAsync();

        // Instrument/staff-bank-safeguarding-adults-v1.json, section 4.
        Assert.Equal("Outcomes for adults at risk and their carers", doc.QuerySelector("h1")!.TextContent.Trim());
        var examples = doc.GetElementById("outcome-examples")!;
        Assert.Equal("Examples of outcomes in this kind of partnership", examples.QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("Adults at risk say what they want to happen, and the response to a concern follows their wishes wherever it safely can.", examples.TextContent);
    }

    [Fact]
    public async Task Outcomes_StandardRound_KeepsItsTitle_AndNoVariantExamples()
    {
        var (invitee, client) = await StartedAsync("poet-staff-1.0");
        var doc = await (await client.GetAsync(invitee.Link + "/outcomes")).HtmlAsync();

        Assert.Equal("Outcomes for the people the partnership serves", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(doc.GetElementById("outcome-examples"));
    }
}
