using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Contribution;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Contribution;

/// <summary>Contribution analysis (issue 23): a story per agreed outcome, with the evidence POET already publishes beside each link.</summary>
public class ContributionTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Kindness = "Being treated with kindness and care";
    private const string Quickly = "Services responding quickly";

    /// <summary>
    /// A closed staff round (6 usable, all "Agree"), an agreed list of two outcomes, and a closed questionnaire with 5
    /// returns: kindness very important to all, always happening for 3 and sometimes for 2; one approved quotation about it.
    /// </summary>
    private async Task<(UcSetup S, int Kind, int Quick)> PartnershipAsync()
    {
        var s = await UcSetup.CreateAsync(app);
        var (rid, items) = await s.S.RoundAsync(RoundStatus.Closed, invited: 20);
        await s.S.AddResponsesAsync(rid, items, 6, ReportSetup.All(4));
        var q = await s.QuestionnaireAsync(UcStatus.Closed, [Kindness, Quickly]);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        var ids = await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < 5; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true,
                    Answers = [new UcAnswer { ItemId = outcomes[0], Importance = 4, Happens = n < 3 ? 4 : 2 }, new UcAnswer { ItemId = outcomes[1], Importance = 3, Happens = 5 }],
                });
            db.UcInterviews.Add(new UcInterview
            {
                QuestionnaireId = q.Id, Consent = true, HeldOn = new DateOnly(2026, 11, 10),
                Quotes = [new UcQuote { ItemId = outcomes[0], Text = "They always ask how I am", Approved = true }, new UcQuote { ItemId = outcomes[0], Text = "Not approved yet", Approved = false }],
            });
            var list = new AgreedList { PartnershipId = s.Pid, RoundId = rid, Version = 1, CreatedUtc = DateTime.UtcNow, CreatedBy = "test" };
            list.Items.Add(new AgreedOutcome { Order = 1, Wording = Kindness, Votes = 14 });
            list.Items.Add(new AgreedOutcome { Order = 2, Wording = Quickly, Votes = 3, IsContested = true });
            db.AgreedLists.Add(list);
            await db.SaveChangesAsync();
            return list.Items.OrderBy(i => i.Order).Select(i => i.Id).ToArray();
        });
        return (s, ids[0], ids[1]);
    }

    private static Dictionary<string, string> Story(string activities = "Weekly joint visits by the council and the health trust") => new()
    {
        ["Activities"] = activities, ["Changes"] = "Families see the same worker each time",
        ["Assumptions"] = "Both partners keep staff on the rota", ["Risks"] = "Rota gaps over the winter", ["OtherInfluences"] = "A new national carers' strategy",
        ["StaffItems"] = "S2-01",
    };

    [Fact]
    public async Task Post_Story_IsReadBackBesideItsEvidence_AndInThePdfAndWord()
    {
        var (s, kind, _) = await PartnershipAsync();
        var url = ContributionData.Page(s.Pid, kind);

        var post = await s.Coordinator.PostFormAsync(url + "/edit", Story());

        post.AssertRedirect(url);
        var doc = await (await s.Facilitator.GetAsync(url)).HtmlAsync();
        Assert.Equal("Weekly joint visits by the council and the health trust", doc.QuerySelector("#link-activities .story")!.TextContent.Trim());
        Assert.Equal("Families see the same worker each time", doc.QuerySelector("#link-changes .story")!.TextContent.Trim());
        Assert.Equal("Both partners keep staff on the rota", doc.GetElementById("assumptions")!.TextContent.Trim());
        Assert.Equal("A new national carers' strategy", doc.GetElementById("other-influences")!.TextContent.Trim());
        // The staff report: 6 usable, all "Agree" on statement 2.1 (ReportSetup.RoundAsync's first text).
        Assert.Equal(["Staff survey (Staff survey 2026-10), statement 2.1 “We share a clear purpose”: 100% of 6 staff who gave a view agree."],
            doc.QuerySelectorAll("#link-activities .evidence li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Interview quotation: “They always ask how I am”"], doc.QuerySelectorAll("#link-changes .evidence li").Select(li => li.TextContent.Trim()));
        // Families: 3 of 5 said always (60%); all 5 said very important (100%); the workshop gave it 14 votes.
        Assert.Equal([
            "Families (What matters to you): 60% of 5 who said how often say it always or usually happens.",
            "Families (What matters to you): 100% of 5 who rated it say it is very important.",
            "Feedback workshop: 14 votes for this outcome.",
        ], doc.QuerySelectorAll("#link-outcome .evidence li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Every link has evidence and every part of the story is written.", doc.GetElementById("gaps")!.TextContent.Trim());

        var pdf = await s.Facilitator.GetAsync(ContributionData.Download(s.Pid, "pdf"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.True(Pdf.PageCount(await pdf.Content.ReadAsByteArrayAsync()) >= 1);
        var layout = ContributionFiles.Pdf(await app.WithDbAsync(db => ContributionData.LoadAsync(db, s.Pid, null)));
        Assert.True(layout.Mentions("Weekly joint visits by the council and the health trust"));
        Assert.True(layout.Mentions("Gap: No evidence yet for what changes: no approved interview quotation is about this outcome."));

        var word = await s.Facilitator.GetAsync(ContributionData.Download(s.Pid, "docx"));
        using var docx = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => e.Description));
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Weekly joint visits by the council and the health trust", text);
        Assert.Contains("Rota gaps over the winter", text);
        Assert.Equal(2, await app.WithDbAsync(db => db.Audit.CountAsync(a => a.PartnershipId == s.Pid && a.Action.StartsWith("contribution.") && a.Action != "contribution.saved")));
    }

    [Fact]
    public async Task Get_NoStory_ShowsTheGaps_AndHiddenDeliveryIsNotEvidence()
    {
        var (s, _, quick) = await PartnershipAsync();

        var doc = await (await s.Coordinator.GetAsync(ContributionData.Page(s.Pid, quick))).HtmlAsync();

        var gaps = doc.QuerySelectorAll("#gaps li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Contains("No evidence yet for what the partnership does: choose the staff survey statements that show it.", gaps);
        // Every return said "Don't know" how often it happens, so nobody said how often: no delivery share to show.
        Assert.Contains("No evidence yet that the outcome happens: fewer than 5 families said how often it happens, so it is not shown.", gaps);
        Assert.Contains("Feedback workshop: 3 votes for this outcome; staff could not agree on it.", doc.QuerySelector("#link-outcome .evidence")!.TextContent);
    }

    [Theory]
    [InlineData("Activities", "What the partnership does must be 2,000 characters or fewer")]
    [InlineData("OtherInfluences", "Other influences must be 2,000 characters or fewer")]
    public async Task Post_TooLong_SaysWhichPart_AndSavesNothing(string field, string message)
    {
        var (s, kind, _) = await PartnershipAsync();
        var form = Story();
        form[field] = new string('a', 2001);

        var doc = await (await s.Coordinator.PostFormAsync(ContributionData.Edit(s.Pid, kind), form)).HtmlAsync();

        Assert.Equal([message], doc.ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.ContributionStories.AnyAsync(x => x.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Post_ControlCharacters_SaysSo_AndShowsTheCleanedText()
    {
        var (s, kind, _) = await PartnershipAsync();

        var doc = await (await s.Coordinator.PostFormAsync(ContributionData.Edit(s.Pid, kind), Story(activities: "Joint\u0007 visits\u001b"))).HtmlAsync();

        Assert.Equal(["What the partnership does contains hidden control characters, which have been removed. Check the text and save again"], doc.ErrorSummary());
        Assert.Equal("Joint visits", doc.GetElementById("Activities")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.ContributionStories.AnyAsync(x => x.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Post_UnknownStatement_IsRefused()
    {
        var (s, kind, _) = await PartnershipAsync();
        var form = Story();
        form["StaffItems"] = "S9-99";

        var doc = await (await s.Coordinator.PostFormAsync(ContributionData.Edit(s.Pid, kind), form)).HtmlAsync();

        Assert.Equal(["Choose statements from the list shown"], doc.ErrorSummary());
    }

    [Fact]
    public async Task EveryLink_OnTheIndexAndAnOutcomePage_Answers200()
    {
        var (s, kind, _) = await PartnershipAsync();
        await s.Coordinator.PostFormAsync(ContributionData.Edit(s.Pid, kind), Story());
        var pages = new[] { ContributionData.Index(s.Pid), ContributionData.Page(s.Pid, kind), ContributionData.Edit(s.Pid, kind) };
        var links = new HashSet<string>();
        foreach (var page in pages)
        {
            var doc = await (await s.Coordinator.GetAsync(page)).HtmlAsync();
            foreach (var a in doc.QuerySelectorAll("main a[href^='/']")) links.Add(a.GetAttribute("href")!);
        }

        Assert.Contains(ContributionData.Download(s.Pid, "docx"), links);
        foreach (var link in links) Assert.True((await s.Coordinator.GetAsync(link)).StatusCode == HttpStatusCode.OK, link);
    }

    [Fact]
    public async Task AnotherPartnershipsCoordinator_GetsNotFound_AndChangesNothing()
    {
        var (s, kind, _) = await PartnershipAsync();
        var (b, other, _) = await app.MemberAsync();
        var token = await Http.AntiforgeryTokenAsync(other, $"/partnerships/{b}/profile");

        foreach (var url in new[] { ContributionData.Index(s.Pid), ContributionData.Page(s.Pid, kind), ContributionData.Edit(s.Pid, kind), ContributionData.Download(s.Pid, "pdf") })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        // A's outcome id under the other coordinator's own partnership is not theirs either.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(ContributionData.Page(b, kind))).StatusCode);
        var post = await other.PostAsync(ContributionData.Edit(b, kind), new FormUrlEncodedContent(new Dictionary<string, string>(Story()) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ContributionStories.AnyAsync(x => x.PartnershipId == s.Pid)));
    }

    [Fact]
    public async Task Edit_Facilitator_CannotWrite()
    {
        var (s, kind, _) = await PartnershipAsync();

        var response = await s.Facilitator.GetAsync(ContributionData.Edit(s.Pid, kind));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await (await s.Facilitator.GetAsync(ContributionData.Page(s.Pid, kind))).HtmlAsync()).QuerySelector($"a[href='{ContributionData.Edit(s.Pid, kind)}']"));
    }
}
