using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Sorting;
using Poet.Web.Tests.Pages.Sorting;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>
/// Issue 13, Q studies: participants consent on the start page to how their reasons and roles are used; the research
/// team always reads every reason by study code (analysis page, comments.csv, XLSX); the shared report quotes, per
/// factor, only the reasons participants agreed to share, without roles. The nine lipset sorts are imported first
/// (named US1..FR9, as in Fixtures/QMethod/qsorts.csv); the participant's sort is the tenth, under its study code.
/// </summary>
public class ReasonsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Reason = "It matters most to families";

    private string code = "";

    private async Task<QSetup> StudyWithOneParticipantAsync(string consent)
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var client = await app.StartAsync(setup, consent);
        await client.AboutAsync(setup, "Carer");
        await client.PilesAsync(setup);
        // Statement 1 goes to the lowest column (-4), an end of the grid, so it may be given a reason.
        await client.GridAsync(setup, QSortFlow.Distribution(QStudyFixture.LipsetCounts));
        await client.WhyAsync(setup, new() { ["Comments[1]"] = Reason });
        code = await client.SubmitAsync(setup);
        return setup;
    }

    private string Url(QSetup setup, string page) => $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/{page}";

    // The participant's sort (10th) flagged by hand on factor 1, so that factor's section carries its reason.
    private const string Flagged = "factors=2&flagging=manual&flag=10-1&flag=3-2";

    [Fact]
    public async Task Analysis_TeamOnlyReason_ResearcherReadsItByStudyCodeWithTheRole()
    {
        var setup = await StudyWithOneParticipantAsync("TeamOnly");
        var statement = QStudyFixture.LipsetStatements()[0];

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "analysis?" + Flagged))).HtmlAsync();

        var row = doc.QuerySelectorAll("#sort-reasons tbody tr").Single();
        Assert.Equal([code, "Carer", $"1. {statement} (-4)", Reason, "Team only"], row.QuerySelectorAll("td").Select(td => td.TextContent));
        var onFactor = doc.QuerySelectorAll("#factor-1-reasons tbody tr").Single();
        Assert.Equal([code, "Carer", $"1. {statement} (-4)", Reason, "Team only"], onFactor.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Exports_TeamOnlyReason_InCommentsCsvKeyedByStudyCode()
    {
        var setup = await StudyWithOneParticipantAsync("TeamOnly");

        var csv = await (await setup.Facilitator.GetAsync(Url(setup, "files/comments.csv"))).Content.ReadAsStringAsync();

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("study_code,role,may_quote_outside_team,statement,statement_text,column,reason", lines[0].TrimStart('\uFEFF'));
        Assert.Single(lines.Skip(1));
        Assert.StartsWith($"{code},Carer,no,1,", lines[1]);
        Assert.EndsWith($",-4,{Reason}", lines[1]);
    }

    [Fact]
    public async Task Report_TeamOnlyReason_NotQuoted()
    {
        var setup = await StudyWithOneParticipantAsync("TeamOnly");

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "report?" + Flagged))).HtmlAsync();

        Assert.DoesNotContain(Reason, doc.Body!.TextContent);
        Assert.Contains("No reasons may be quoted for this factor.", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Report_QuotableReason_QuotedUnderItsFactorWithoutRoleOrCode()
    {
        var setup = await StudyWithOneParticipantAsync("QuoteWithoutRole");
        var statement = QStudyFixture.LipsetStatements()[0];

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "report?" + Flagged))).HtmlAsync();

        var quote = doc.QuerySelectorAll("li.govuk-inset-text").Single(li => li.TextContent.Contains(Reason));
        Assert.Equal($"1. {statement} (-4){Reason}", quote.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll("main td"), td => td.TextContent == code);
    }

    [Fact]
    public async Task Start_NoConsentChosen_AsksAndStartsNoSort()
    {
        var setup = await app.CreateStudyAsync();
        var client = app.NewClient();

        var doc = await (await client.PostFormAsync($"/q/{setup.Key}", [])).HtmlAsync();

        Assert.Equal(["Select how your reasons may be used"], doc.ErrorSummary());
        Assert.Equal("How may your reasons be used?", doc.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal([StartModel.QuoteLabel, StartModel.TeamOnlyLabel], doc.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()));
        Assert.Equal("The research team may read my reasons and my role, and may quote my reasons, without my role, in reports shared outside the team", StartModel.QuoteLabel);
        Assert.False(await app.WithDbAsync(db => db.QSorts.AnyAsync(s => s.StudyId == setup.Sid)));
    }

    [Fact]
    public async Task Start_ConsentChosen_StoredWithTheSort()
    {
        var setup = await app.CreateStudyAsync();

        await app.StartAsync(setup, "TeamOnly");

        Assert.Equal(QCommentConsent.TeamOnly, await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid).Select(s => s.CommentConsent).SingleAsync()));
    }
}
