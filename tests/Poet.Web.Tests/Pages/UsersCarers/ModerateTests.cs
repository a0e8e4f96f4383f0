using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

public class UcModerateTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<UcSetup> PhaseAsync(int returns)
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < returns; n++)
                db.UcResponses.Add(new UcResponse { Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true, AnythingElse = $"Answer number {n}" });
            return await db.SaveChangesAsync();
        });
        return s;
    }

    /// <summary>Posts the form of the moderation card whose text contains <paramref name="containing"/>.</summary>
    private static async Task<HttpResponseMessage> PostCardAsync(UcSetup s, string containing, Dictionary<string, string> fields)
    {
        var doc = await (await s.Coordinator.GetAsync(s.Url("/report/moderate"))).HtmlAsync();
        var card = doc.QuerySelectorAll(".poet-moderation").First(c => c.TextContent.Contains(containing));
        var form = new Dictionary<string, string>(fields)
        {
            ["Ref"] = card.QuerySelector("input[name=Ref]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = card.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        return await s.Coordinator.PostAsync(s.Url("/report/moderate"), new FormUrlEncodedContent(form));
    }

    private async Task<string[]> ReportAnswersAsync(UcSetup s, string page) =>
        (await (await s.Facilitator.GetAsync(s.Url(page))).HtmlAsync()).QuerySelectorAll("#anything-else li").Select(l => l.TextContent).ToArray();

    [Fact]
    public async Task Post_Hide_RemovesTheAnswerFromBothReportsAndIsAudited()
    {
        var s = await PhaseAsync(5);

        var response = await PostCardAsync(s, "Answer number 3", new() { ["Do"] = "hide" });

        response.AssertRedirect(s.Url("/report/moderate"));
        string[] rest = ["Answer number 0", "Answer number 1", "Answer number 2", "Answer number 4"];
        Assert.Equal(rest, await ReportAnswersAsync(s, "/report"));
        Assert.Equal(rest, await ReportAnswersAsync(s, "/local-report"));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == s.Pid && a.Action == "users-carers.moderate")));
    }

    [Fact]
    public async Task Post_Show_BringsAHiddenAnswerBack()
    {
        var s = await PhaseAsync(5);
        await PostCardAsync(s, "Answer number 3", new() { ["Do"] = "hide" });

        await PostCardAsync(s, "Answer number 3", new() { ["Do"] = "show" });

        Assert.Equal(5, (await ReportAnswersAsync(s, "/report")).Length);
    }

    [Fact]
    public async Task Post_Redact_ShowsTheReplacementMaskedInTheWordReportAndKeepsWhatWasWritten()
    {
        var s = await PhaseAsync(5);

        await PostCardAsync(s, "Answer number 2", new() { ["Do"] = "redact", ["Replacement"] = "Edited: ring 0121 496 0000" });

        Assert.Contains("Edited: ring [removed]", await ReportAnswersAsync(s, "/report"));
        var word = await (await s.Facilitator.GetAsync(s.Url("/local-report.docx"))).Content.ReadAsByteArrayAsync();
        using var doc = WordprocessingDocument.Open(new MemoryStream(word), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Edited: ring [removed]", text);
        Assert.DoesNotContain("Answer number 2", text);
        Assert.Equal(1, await app.WithDbAsync(db => db.UcResponses.CountAsync(r => r.AnythingElse == "Answer number 2" && db.UcQuestionnaires.Any(q => q.Id == r.QuestionnaireId && q.PartnershipId == s.Pid))));
    }

    [Fact]
    public async Task Post_Restore_UndoesTheEdit()
    {
        var s = await PhaseAsync(5);
        await PostCardAsync(s, "Answer number 2", new() { ["Do"] = "redact", ["Replacement"] = "Edited answer" });

        await PostCardAsync(s, "Edited answer", new() { ["Do"] = "restore" });

        Assert.Contains("Answer number 2", await ReportAnswersAsync(s, "/report"));
        Assert.DoesNotContain("Edited answer", await ReportAnswersAsync(s, "/report"));
    }

    [Fact]
    public async Task Post_RedactWithNoText_ShowsErrorBesideTheAnswerAndStoresNothing()
    {
        var s = await PhaseAsync(5);

        var response = await PostCardAsync(s, "Answer number 1", new() { ["Do"] = "redact", ["Replacement"] = "  " });

        var doc = await response.HtmlAsync();
        Assert.Equal([Poet.Web.Pages.Reports.TextModeration.EnterReplacement], doc.ErrorSummary());
        Assert.Contains("Answer number 1", doc.GetElementById("Replacement")!.Closest(".poet-moderation")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.UcModeratedAnswers.AnyAsync(m => db.UcResponses.Any(r => r.Id == m.ResponseId && db.UcQuestionnaires.Any(q => q.Id == r.QuestionnaireId && q.PartnershipId == s.Pid)))));
    }

    [Fact]
    public async Task Post_TamperedReference_SaysTheAnswerCannotBeFound()
    {
        var s = await PhaseAsync(5);

        var response = await s.Coordinator.PostFormAsync(s.Url("/report/moderate"), new Dictionary<string, string> { ["Ref"] = "not-a-reference", ["Do"] = "hide" });

        Assert.Equal([ModerateModel.NotFoundMessage], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(5, (await ReportAnswersAsync(s, "/report")).Length);
    }

    [Fact]
    public async Task Post_AnotherPartnershipsReference_SaysTheAnswerCannotBeFound()
    {
        var s = await PhaseAsync(5);
        var other = await PhaseAsync(5);
        var doc = await (await other.Coordinator.GetAsync(other.Url("/report/moderate"))).HtmlAsync();
        var foreignRef = doc.QuerySelector(".poet-moderation input[name=Ref]")!.GetAttribute("value")!;

        var response = await s.Coordinator.PostFormAsync(s.Url("/report/moderate"), new Dictionary<string, string> { ["Ref"] = foreignRef, ["Do"] = "hide" });

        Assert.Equal([ModerateModel.NotFoundMessage], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Get_FourReturns_HasNothingToModerate()
    {
        var s = await PhaseAsync(4);

        var html = await (await s.Coordinator.GetAsync(s.Url("/report/moderate"))).Content.ReadAsStringAsync();

        Assert.Contains("There are fewer than 5 returns", html);
        Assert.DoesNotContain("Answer number 0", html);
    }

    [Fact]
    public async Task Get_Moderation_NeverShowsResponseIds()
    {
        var s = await PhaseAsync(5);

        var html = await (await s.Coordinator.GetAsync(s.Url("/report/moderate"))).Content.ReadAsStringAsync();

        var ids = await app.WithDbAsync(db => db.UcResponses.Where(r => db.UcQuestionnaires.Any(q => q.Id == r.QuestionnaireId && q.PartnershipId == s.Pid)).Select(r => r.Id.ToString()).ToListAsync());
        Assert.Contains("Answer number 0", html);
        Assert.All(ids, id => Assert.DoesNotContain(id, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AsFacilitator_IsNotFound()
    {
        var s = await PhaseAsync(5);

        Assert.Equal(HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url("/report/moderate"))).StatusCode);
    }
}
