using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class LocalReportTests(PoetApp app) : IClassFixture<PoetApp>
{
    /// <summary>A closed staff round and a questionnaire with <paramref name="returns"/> returns rating every outcome very important, sometimes happening.</summary>
    private async Task<UcSetup> PhaseAsync(int returns, string anythingElse = "")
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(6, ThresholdKind.Count, 5);
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < returns; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true, AnythingElse = n == 0 ? anythingElse : "",
                    Answers = outcomes.Select(o => new UcAnswer { ItemId = o, Importance = 4, Happens = 2 }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        return s;
    }

    [Fact]
    public async Task Get_NoQuestionnaire_RedirectsToThePhase()
    {
        var s = await UcSetup.CreateAsync(app);

        (await s.Facilitator.GetAsync(s.Url("/local-report"))).AssertRedirect(s.Url());
    }

    [Fact]
    public async Task Get_FourReturns_ShowsNoResultsOrFreeText()
    {
        var s = await PhaseAsync(4, anythingElse: "Only four of us answered");

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        Assert.NotNull(doc.QuerySelector("#not-enough"));
        Assert.Null(doc.QuerySelector("#grid"));
        Assert.DoesNotContain("Only four of us answered", doc.Body!.TextContent);
    }

    [Fact]
    public async Task Get_FiveReturns_CombinesStaffFindingsAndNextSteps()
    {
        var s = await PhaseAsync(5, anythingElse: "Ring me on 0121 496 0000");

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        Assert.Contains("6 of 20 (30%) staff gave usable answers", doc.QuerySelector("#staff-summary")!.TextContent);
        Assert.Equal("Ring me on [removed]", doc.QuerySelector("#anything-else li")!.TextContent);
        Assert.Equal("\"Being treated with kindness and care\" is very important to 100% of families, but none say it always or usually happens. Agree with staff and families what would make it happen more often.",
            doc.QuerySelector("#next-steps li")!.TextContent);
    }

    /// <summary>The partnership's agreed list: the questionnaire's three outcomes, the second one contested.</summary>
    private Task AgreeWithOneContestedAsync(UcSetup s) => app.WithDbAsync(async db =>
    {
        var rid = await db.Rounds.Where(r => r.PartnershipId == s.Pid).Select(r => r.Id).FirstAsync();
        var list = new AgreedList { PartnershipId = s.Pid, RoundId = rid, Version = 1, Reason = "Agreed at the workshop", CreatedBy = "test", CreatedUtc = DateTime.UtcNow };
        list.Items.AddRange(new[] { "Being treated with kindness and care", "Services responding quickly", "Being offered home visits" }
            .Select((w, i) => new AgreedOutcome { Order = i + 1, Wording = w, IsContested = i == 1, CompetingWordings = i == 1 ? "Services answering within a week" : "" }));
        db.AgreedLists.Add(list);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task ContestedOutcome_WarnedOnTheQuestionnaire_FlaggedInTheReportAndItsFiles()
    {   // issue 18: "a questionnaire created from a draft outcomes framework gives no warning, and contested outcomes are not flagged"
        var s = await PhaseAsync(5);
        await AgreeWithOneContestedAsync(s);

        var questionnaire = await (await s.Coordinator.GetAsync(s.Url("/questionnaire"))).HtmlAsync();
        Assert.Equal("WarningStaff could not agree on 1 outcome on this list: “Services responding quickly”. The outcome list is still a draft. Families' answers are reported for each, marked contested, to help the partnership settle them.",
            questionnaire.QuerySelector("#contested .govuk-warning-text__text")!.TextContent.Trim());
        Assert.Equal(["Contested by staff"], questionnaire.QuerySelectorAll("main li .govuk-tag").Select(t => t.TextContent));

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();
        Assert.Equal("Outcomes marked “contested by staff” are ones staff could not agree on at the feedback workshop. What families say about them can help the partnership decide.",
            doc.QuerySelector("#contested-note")!.TextContent);
        var flagged = doc.QuerySelectorAll("#valued th[scope=row]").Where(th => th.QuerySelector(".govuk-tag") is not null).Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Services responding quickly Contested by staff"], flagged);
        var report = await app.WithDbAsync(db => LocalReport.LoadAsync(db, s.Pid));
        Assert.True(LocalReportFiles.Pdf(report!).Mentions("Services responding quickly (contested by staff)"));
        Assert.False(LocalReportFiles.Pdf(report!).Mentions("Being offered home visits (contested by staff)"));
    }

    [Fact]
    public async Task NothingContested_NoWarningOrTag()
    {
        var s = await PhaseAsync(5);

        var questionnaire = await (await s.Coordinator.GetAsync(s.Url("/questionnaire"))).HtmlAsync();
        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        Assert.Null(questionnaire.QuerySelector("#contested"));
        Assert.Null(doc.QuerySelector("#contested-note"));
        Assert.Empty(doc.QuerySelectorAll("main .govuk-tag"));
    }

    [Fact]
    public async Task GetPdf_HasTheSectionsAndIsAudited()
    {
        var s = await PhaseAsync(5);

        var response = await s.Facilitator.GetAsync(s.Url("/local-report.pdf"));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
        var report = await app.WithDbAsync(db => LocalReport.LoadAsync(db, s.Pid));
        var layout = LocalReportFiles.Pdf(report!);
        Assert.True(layout.Mentions("Where staff and families see it differently"));
        Assert.True(layout.Mentions("What the partnership could do next"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.PartnershipId == s.Pid && a.Action == "phase2.local-report.pdf")));
    }

    [Fact]
    public async Task GetDocx_IsValidWordWithTheSections()
    {
        var s = await PhaseAsync(5);

        var response = await s.Facilitator.GetAsync(s.Url("/local-report.docx"));

        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Health of the partnership", text);
        Assert.Contains("What families value", text);
        Assert.Contains("Whether it happens", text);
        Assert.Contains("What the partnership could do next", text);
    }

    [Fact]
    public async Task GetPdf_OtherPartnershipsCoordinator_NotFound()
    {
        var s = await PhaseAsync(5);
        var other = await UcSetup.CreateAsync(app);

        var response = await other.Coordinator.GetAsync(s.Url("/local-report.pdf"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
