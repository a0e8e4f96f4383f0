using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

public class MaterialsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(int Pid, int Rid, HttpClient Client)> RoundAsync(string who, PartnershipRole role = PartnershipRole.Coordinator, RoundStatus status = RoundStatus.Open)
    {
        var pid = await app.CreatePartnershipAsync($"Riverside Integrated Support Service {who}");
        await app.CreateUserAsync($"{who}@example.org", partnershipId: pid, role: role);
        var rid = await app.WithDbAsync(async db =>
        {
            var round = new SurveyRound
            {
                PartnershipId = pid, Title = "Staff survey, winter 2026", OpensOn = new DateOnly(2026, 11, 20), ClosesOn = new DateOnly(2026, 12, 18),
                InstrumentVersion = "1.0", Status = status, CodeSalt = RandomNumberGenerator.GetBytes(16),
                Items =
                [
                    .. Enumerable.Range(1, 8).Select(n => new RoundItem { ItemId = $"FEEL-{n:00}", Section = 2, Order = n, Text = $"Feeling statement {n}.", Help = "For example, meetings." }),
                    .. Enumerable.Range(1, 8).Select(n => new RoundItem { ItemId = $"ORG-{n:00}", Section = 3, Order = n, Text = $"Organising statement {n}.", Help = "" }),
                ],
            };
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });
        return (pid, rid, await app.SignedInClientAsync($"{who}@example.org"));
    }

    [Fact]
    public async Task Get_Coordinator_ListsTheThreeDownloads()
    {
        var (pid, rid, client) = await RoundAsync("coord-list");
        var doc = await (await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials")).HtmlAsync();
        Assert.Equal("Printed materials", doc.QuerySelector("h1")?.TextContent);
        var links = doc.QuerySelectorAll("main h2 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("Invitation letter (PDF, 1 page)", $"/partnerships/{pid}/rounds/{rid}/materials/letter"),
            ("Briefing for staff who missed the launch workshop (PDF, 2 pages)", $"/partnerships/{pid}/rounds/{rid}/materials/briefing"),
            ("Paper questionnaire (PDF)", $"/partnerships/{pid}/rounds/{rid}/materials/questionnaire"),
        ], links);
        Assert.Contains("16 statements", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_DraftRound_WarnsThatStatementsCanStillChange()
    {
        var (pid, rid, client) = await RoundAsync("coord-draft", status: RoundStatus.Draft);
        var doc = await (await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials")).HtmlAsync();
        Assert.Contains("This round has not opened yet", doc.QuerySelector(".govuk-inset-text")?.TextContent);
    }

    [Fact]
    public async Task GetLetter_Coordinator_ReturnsOnePagePdfAttachmentAndAudits()
    {
        var (pid, rid, client) = await RoundAsync("coord-letter");
        var response = await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials/letter");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("riverside-integrated-support-service-coo-staff-survey-winter-2026-invitation-letter.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(1, Pdf.PageCount(await response.Content.ReadAsByteArrayAsync()));
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.PartnershipId == pid && a.Action == "materials.downloaded" && a.Detail.StartsWith("invitation-letter"))));
    }

    [Fact]
    public async Task GetBriefing_Facilitator_ReturnsPdfAttachment()
    {
        var (pid, rid, client) = await RoundAsync("facil-briefing", PartnershipRole.Facilitator);
        var response = await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials/briefing");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith("-briefing.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.InRange(Pdf.PageCount(await response.Content.ReadAsByteArrayAsync()), 1, 2);
    }

    [Fact]
    public async Task GetQuestionnaire_RoundWithItems_ReturnsMultiPagePdfAttachment()
    {
        var (pid, rid, client) = await RoundAsync("coord-paper");
        var response = await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials/questionnaire");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith("-paper-questionnaire.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(Pdf.PageCount(await response.Content.ReadAsByteArrayAsync()) >= 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/letter")]
    [InlineData("/briefing")]
    [InlineData("/questionnaire")]
    public async Task Get_AnotherPartnershipsRound_Returns404(string document)
    {
        var (pidA, ridA, _) = await RoundAsync($"owner{document.Trim('/')}");
        var (pidB, _, clientB) = await RoundAsync($"outsider{document.Trim('/')}");
        Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync($"/partnerships/{pidA}/rounds/{ridA}/materials{document}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync($"/partnerships/{pidB}/rounds/{ridA}/materials{document}")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownDocument_Returns404()
    {
        var (pid, rid, client) = await RoundAsync("coord-unknown");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/partnerships/{pid}/rounds/{rid}/materials/minutes")).StatusCode);
    }

    [Fact]
    public async Task GetLetter_SignedOut_RedirectsToSignIn()
    {
        var (pid, rid, _) = await RoundAsync("coord-signed-out");
        var response = await app.NewClient().GetAsync($"/partnerships/{pid}/rounds/{rid}/materials/letter");
        response.AssertRedirect("http://localhost/account/sign-in");
    }
}
