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

    /// <summary>
    /// Six returns placing the three outcomes in three corners: kindness very important to all and always or usually
    /// happening for none (100%, 0%); quick responses (100%, 100%); home visits quite important to all (0%, 100%).
    /// Staff support 3, 1, 2 puts kindness first, home visits second, quick responses last.
    /// </summary>
    private async Task<UcSetup> ThreeCornersAsync()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(6, ThresholdKind.Count, 5);
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        await app.WithDbAsync(async db =>
        {
            var outcomes = await db.UcItems.Where(i => i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).ToListAsync();
            int[] staff = [3, 1, 2], importance = [4, 4, 3], happens = [2, 4, 3];
            for (var i = 0; i < 3; i++) outcomes[i].StaffSupport = staff[i];
            for (var n = 0; n < 6; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true,
                    Answers = Enumerable.Range(0, 3).Select(i => new UcAnswer { ItemId = outcomes[i].Id, Importance = importance[i], Happens = happens[i] }).ToList(),
                });
            return await db.SaveChangesAsync();
        });
        return s;
    }

    [Fact]
    public async Task Get_PlotsImportanceAgainstDelivery_AndListsEveryRank()
    {   // issue 18: "add an importance-against-delivery plot ... a full side-by-side table of staff and family ranks"
        var s = await ThreeCornersAsync();

        var doc = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();

        var svg = doc.QuerySelector("#plot svg")!;
        Assert.Equal("What matters against what happens", svg.QuerySelector("title")!.TextContent);
        Assert.Equal("3 outcomes placed by how many families call it very important and how many say it always or usually happens. In the shaded corner, very important but not happening often enough: Being treated with kindness and care.",
            svg.QuerySelector("desc")!.TextContent);
        // Kindness is the grid's first (most important, least delivered), so it is point 1, filled, bottom right.
        var circles = svg.QuerySelectorAll("circle").Select(c => (c.GetAttribute("cx"), c.GetAttribute("cy"), c.GetAttribute("fill"))).ToList();
        Assert.Equal([("610", "440", "#0b0c0c"), ("610", "20", "#ffffff"), ("70", "20", "#ffffff")], circles); // x = 70 + 5.4 × %, y = 440 − 4.2 × %
        Assert.Equal(["1", "2", "3"], svg.QuerySelectorAll("text[font-weight=bold]").Select(t => t.TextContent).Where(t => t.Length == 1));
        Assert.Equal(["1. Being treated with kindness and care (very important to 100%, always or usually happens for 0%)",
                      "2. Services responding quickly (very important to 100%, always or usually happens for 100%)",
                      "3. Being offered home visits (very important to 0%, always or usually happens for 100%)"],
            doc.QuerySelectorAll("#plot-key li").Select(li => li.TextContent));
        // Average ranks for ties, as R's rank(-c(100, 100, 0)) = 1.5 1.5 3 and rank(-c(3, 1, 2)) = 1 3 2.
        Assert.Equal([["Being treated with kindness and care", "1.5", "1"], ["Services responding quickly", "1.5", "3"], ["Being offered home visits", "3", "2"]],
            doc.QuerySelectorAll("#ranks tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()));
    }

    [Fact]
    public async Task Files_CarryThePlotAndTheRanks()
    {
        var s = await ThreeCornersAsync();
        var report = (await app.WithDbAsync(db => LocalReport.LoadAsync(db, s.Pid)))!;

        var pdf = LocalReportFiles.Pdf(report);
        Assert.True(pdf.Mentions("What matters against what happens"));
        Assert.True(pdf.Mentions("Shaded: very important, but does not happen often enough"));
        Assert.True(pdf.Mentions("1. Being treated with kindness and care (very important to 100%, always or usually happens for 0%)"));
        Assert.True(pdf.Mentions("Families' rank"));

        using var word = WordprocessingDocument.Open(new MemoryStream(LocalReportFiles.Word(report)), false);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var image = Assert.Single(word.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var bytes = new MemoryStream();
        using (var stream = image.GetStream()) stream.CopyTo(bytes);
        using var png = SkiaSharp.SKBitmap.Decode(bytes.ToArray());
        Assert.Equal((1280, 1040), (png.Width, png.Height));
        // The shaded corner at (85%, 10%) and the plain one at (15%, 90%), in the PNG's pixels (2 per point; x = 70 + 5.4 × %, y = 440 − 4.2 × %).
        Assert.Equal(SkiaSharp.SKColor.Parse("#f6d7d2"), png.GetPixel((int)(2 * (70 + 0.85 * 540)), (int)(2 * (440 - 0.10 * 420))));
        Assert.Equal(SkiaSharp.SKColors.White, png.GetPixel((int)(2 * (70 + 0.15 * 540)), (int)(2 * (440 - 0.90 * 420))));
        var alt = word.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value;
        Assert.StartsWith("3 outcomes placed by how many families", alt);
        var text = word.MainDocumentPart.Document.Body!.InnerText;
        Assert.Contains("Families' rank", text);
        Assert.DoesNotContain("• 1.", text); // issue 18: the Word bullets read "• 1."
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
