using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

/// <summary>
/// Issue 19: each submitted sort gets a study code, shown once to the participant and used as the sort's name in the
/// analysis and exports, so a post-sort interview can be tied to it; nothing else leads to the code.
/// </summary>
public class SortCodeTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Submit_DonePage_ShowsTheSortsCodeAndWhatToDoWithIt()
    {
        var setup = await app.CreateStudyAsync();
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);
        await client.PilesAsync(setup);
        await client.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        await client.WhyAsync(setup);

        var response = await client.PostFormAsync($"/q/{setup.Key}/check", []);
        var done = await (await client.GetAsync(response.Location())).HtmlAsync();

        var stored = await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid).Select(s => s.Code).SingleAsync());
        Assert.Matches("^Q-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$", stored);
        Assert.Equal(stored, done.QuerySelector("#sort-code")!.TextContent.Trim());
        Assert.Equal($"Your sort's code is {stored}. Give it to the researcher if you take part in an interview.", done.QuerySelector("#sort-code-use")!.TextContent.Trim());
    }

    [Fact]
    public async Task Done_OpenedInAnotherBrowserOrTheStartPageAgain_ShowNoCode()
    {
        var setup = await app.CreateStudyAsync();
        var participant = await app.StartAsync(setup);
        await participant.AboutAsync(setup);
        await participant.PilesAsync(setup);
        await participant.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        await participant.WhyAsync(setup);
        var code = await participant.SubmitAsync(setup);

        var elsewhere = await (await app.NewClient().GetAsync($"/q/{setup.Key}/done")).Content.ReadAsStringAsync();
        var start = await (await participant.GetAsync($"/q/{setup.Key}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain(code, elsewhere);
        Assert.Contains("Thank you for taking part", elsewhere);
        Assert.DoesNotContain(code, start);
        Assert.Contains("You have already submitted your Q-sort", start);
    }

    [Fact]
    public async Task Analysis_ParticipantsSorts_NamedByTheirCodesInTablesAndExports()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var first = await app.SortAsync(setup);
        var second = await app.SortAsync(setup, "Carer");

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2")).HtmlAsync();
        var loa = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/loa.csv?factors=2&bom=no")).Content.ReadAsStringAsync();
        var sorts = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/files/sorts.csv?bom=no")).Content.ReadAsStringAsync();

        Assert.NotEqual(first, second);
        // Imported sorts keep their names (Fixtures/QMethod/qsorts.csv), in name order; participants' follow in code order.
        var rows = doc.QuerySelectorAll("#loadings tbody th").Select(th => th.TextContent.Trim()).ToArray();
        Assert.Equal(["CA6", "FR9", "JP5", "UK7", "US1", "US2", "US3", "US4", "US8", .. new[] { first, second }.Order(StringComparer.Ordinal)], rows);
        Assert.DoesNotContain("P1", rows);
        Assert.Contains($"\n{first},", loa);
        Assert.Contains(first, sorts.Split('\n')[0]);
    }

    [Fact]
    public async Task Import_NameThatIsAParticipantsCode_RefusedWithAClearMessage()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var code = await app.SortAsync(setup);
        var csv = File.ReadAllText(QStudyFixture.FixturePath("qsorts.csv"));
        var header = csv.Split('\n')[0].TrimEnd('\r');
        // The nine lipset sorts under new names, the first named as the participant's code.
        var renamed = csv.Replace(header, "id," + code + ",X2,X3,X4,X5,X6,X7,X8,X9");

        var response = await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "more.csv", renamed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"The study already has a Q-sort named '{code}'; rename it in the file so each Q-sort has its own name."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(10, await app.WithDbAsync(db => db.QSorts.CountAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Analysis_SortSubmittedBeforeCodes_GetsOneWhenTheStudyIsNextRead()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        await app.SortAsync(setup);
        // As a sort submitted before this branch: no code.
        await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid && s.Name == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.Code, (string?)null)));

        var doc = await (await setup.Facilitator.GetAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/analysis?factors=2")).HtmlAsync();

        var code = await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid && s.Name == null).Select(s => s.Code).SingleAsync());
        Assert.Matches("^Q-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$", code);
        Assert.Equal(code, doc.QuerySelectorAll("#loadings tbody th").Last().TextContent.Trim());
    }
}
