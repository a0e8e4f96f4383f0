using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Documents;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>
/// The coordinator's easy-read wordings and pictures (<c>/users-carers/easy-read</c>): required before the easy-read
/// version opens, checked for readability, chosen from the bundled OpenMoji set, and read by families and the PDF.
/// </summary>
public class EasyReadWordingTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string NotReady = "The easy-read version opens when every outcome has an easy-read wording and a picture. Still to do: ";

    private static async Task<int[]> OutcomeIdsAsync(UcSetup s, UcQuestionnaire q) => await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);

    [Fact]
    public async Task Get_NoWordingsYet_NamesEveryOutcomeStillToDo_OnThePhaseFormsAndWordingPages()
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(usable: 6, ThresholdKind.Count, threshold: 5); // the phase page shows the questionnaire once the gate is open
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var expected = NotReady + "Being treated with kindness and care; Services responding quickly; Being offered home visits.";

        var wording = await (await s.Coordinator.GetAsync(s.Url("/easy-read"))).HtmlAsync();
        var forms = await (await s.Coordinator.GetAsync(s.Url("/forms"))).HtmlAsync();
        var phase = await (await s.Coordinator.GetAsync(s.Url())).HtmlAsync();

        Assert.Equal("Warning" + expected, wording.QuerySelector("#easy-read-not-ready .govuk-warning-text__text")!.TextContent.Trim());
        Assert.Equal(3, wording.QuerySelectorAll(".govuk-tag").Count(t => t.TextContent == "Needs easy-read wording"));
        Assert.Equal("Warning" + expected, forms.QuerySelector("#easy-read-not-ready .govuk-warning-text__text")!.TextContent.Trim());
        Assert.Null(forms.QuerySelector("#EasyReadCount"));
        Assert.Contains("Not open yet. " + expected, phase.QuerySelector("#easy-read-link")!.TextContent);
        var print = await s.Coordinator.PostFormAsync(s.Url("/forms?handler=EasyRead"), new() { ["EasyReadCount"] = "2" }, s.Url("/forms"));
        Assert.Equal([expected], (await print.HtmlAsync()).ErrorSummary());
        Assert.Equal(0, await app.WithDbAsync(db => db.UcForms.CountAsync(f => f.QuestionnaireId == q.Id)));
    }

    [Theory]
    [InlineData("", "home", "Enter an easy-read wording for this outcome")]
    [InlineData("Services co-ordinate with each other in their own right", "home",
        "This wording is too hard to read: “co-ordinate” is a long word. Use short words, like the ones people use when they talk")]
    [InlineData("Every family receives quality assistance", "home",
        "This wording is too hard to read: use shorter words and sentences (it scores 11.1 on the Flesch–Kincaid grade; easy read needs 7 or lower)")]
    [InlineData("Staff are kind to me", "", "Choose a picture for this outcome")]
    [InlineData("Staff are kind to me", "not-a-picture", "Choose a picture for this outcome")]
    public async Task Post_HardWordingOrNoPicture_RefusedWithAPlainMessage(string wording, string picture, string message)
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var id = (await OutcomeIdsAsync(s, q))[0];

        var res = await s.Coordinator.PostFormAsync(s.Url($"/easy-read/{id}"), new() { ["Wording"] = wording, ["Picture"] = picture });

        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        var doc = await res.HtmlAsync();
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Equal(wording, doc.QuerySelector("#Wording")!.GetAttribute("value") ?? "");
        Assert.Equal((null, null), await app.WithDbAsync(db => db.UcItems.Where(i => i.Id == id).Select(i => new ValueTuple<string?, string?>(i.EasyReadText, i.Picture)).SingleAsync()));
    }

    [Fact]
    public async Task Picker_OffersTheCuratedSetAsRadiosWithPictures_StoresAndShowsTheChoice()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var id = (await OutcomeIdsAsync(s, q))[0];

        var picker = await (await s.Coordinator.GetAsync(s.Url($"/easy-read/{id}"))).HtmlAsync();
        var radios = picker.QuerySelectorAll("input[type=radio][name=Picture]").ToList();
        var labels = picker.QuerySelectorAll(".poet-picture-picker label").ToList();
        var save = await s.Coordinator.PostFormAsync(s.Url($"/easy-read/{id}"), new() { ["Wording"] = "  Staff are kind to me  ", ["Picture"] = "hug" });
        var overview = await (await s.Coordinator.GetAsync(s.Url("/easy-read"))).HtmlAsync();
        var again = await (await s.Coordinator.GetAsync(s.Url($"/easy-read/{id}"))).HtmlAsync();

        Assert.Equal(69, radios.Count); // UcPictures.All: the curated OpenMoji set
        Assert.Equal("Home", labels[0].TextContent.Trim());
        Assert.Equal("/images/openmoji/home.svg", labels[0].QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains(labels, l => l.TextContent.Trim() == "People hugging");
        Assert.Equal("Pictures from OpenMoji (openmoji.org), licence CC BY-SA 4.0. About the licence", picker.QuerySelector("#picture-credit")!.TextContent.Trim());
        save.AssertRedirect(s.Url("/easy-read"));
        Assert.Equal("Easy-read wording saved for “Being treated with kindness and care”", overview.QuerySelector("#notice")?.TextContent.Trim());
        var row = overview.QuerySelectorAll(".govuk-summary-list__row").First();
        Assert.Equal("Staff are kind to me", row.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        Assert.Equal(("/images/openmoji/hug.svg", "People hugging"), (row.QuerySelector("img")!.GetAttribute("src"), row.QuerySelector("img")!.GetAttribute("alt")));
        Assert.Equal("hug", again.QuerySelector("input[name=Picture][checked]")!.GetAttribute("value"));
        Assert.Equal("Staff are kind to me", again.QuerySelector("#Wording")!.GetAttribute("value"));
        Assert.Equal(("Staff are kind to me", "hug"), await app.WithDbAsync(db => db.UcItems.Where(i => i.Id == id).Select(i => new ValueTuple<string?, string?>(i.EasyReadText, i.Picture)).SingleAsync()));
        Assert.Contains(NotReady + "Services responding quickly; Being offered home visits.", overview.QuerySelector("#easy-read-not-ready")!.TextContent);
        foreach (var img in picker.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).Take(5))
            Assert.Equal(HttpStatusCode.OK, (await s.Coordinator.GetAsync(img)).StatusCode);
    }

    [Fact]
    public async Task EveryOutcomeWorded_FamiliesReadTheWordingAndPictureOnline()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open);
        var ids = await OutcomeIdsAsync(s, q);
        string[] wordings = ["Staff are kind to me", "I get help fast", "Staff can visit me at home"];
        string[] pictures = ["hug", "time", "home"];
        for (var i = 0; i < ids.Length; i++)
            (await s.Coordinator.PostFormAsync(s.Url($"/easy-read/{ids[i]}"), new() { ["Wording"] = wordings[i], ["Picture"] = pictures[i] })).AssertRedirect(s.Url("/easy-read"));

        var overview = await (await s.Coordinator.GetAsync(s.Url("/easy-read"))).HtmlAsync();
        var family = app.NewClient();
        var path = $"/uc/{q.LinkKey}";
        var start = await (await family.GetAsync(path)).HtmlAsync();
        (await family.PostFormAsync($"{path}/easy-read", [], formUrl: $"{path}/easy-read")).AssertRedirect($"{path}/who");
        var outcome = await (await family.GetAsync($"{path}/outcome/3")).HtmlAsync();

        Assert.Equal("Every outcome has an easy-read wording and a picture. The easy-read version is ready.", overview.QuerySelector("#easy-read-ready")!.TextContent.Trim());
        Assert.Equal($"{path}/easy-read", start.QuerySelector("#easy-read")!.GetAttribute("href"));
        Assert.Equal("Staff can visit me at home", outcome.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Home", outcome.QuerySelector("img.poet-easy-read__picture")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task PrintEasyRead_Two_ReferencedFormsKeyedOnThePostalPages()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open, easyRead: true);

        var res = await s.Coordinator.PostFormAsync(s.Url("/forms?handler=EasyRead"), new() { ["EasyReadCount"] = "2" }, s.Url("/forms"));

        Assert.Equal("application/pdf", res.Content.Headers.ContentType!.MediaType);
        var bytes = await res.Content.ReadAsByteArrayAsync();
        var references = await app.WithDbAsync(db => db.UcForms.Where(f => f.QuestionnaireId == q.Id && f.Kind == UcFormKind.Postal).Select(f => f.Reference).ToListAsync());
        Assert.Equal(2, references.Distinct().Count());
        var pages = Pdf.TextByPage(bytes);
        Assert.All(pages, p => Assert.Single(references, r => p.Contains($"Reference: {r}")));
        Assert.Equal(pages.Count / 2, pages.Count(p => p.Contains($"Reference: {references[0]}")));
        Assert.Contains("Staff are kind to me. Is this important to you?", System.Text.RegularExpressions.Regex.Replace(pages[4], @"\s+", " "));
        var entry = await s.Coordinator.GetAsync(s.Url($"/postal/enter?reference={references[0].ToLowerInvariant().Replace("-", " ")}"));
        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.Empty((await entry.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task DraftSave_OutcomeUnchanged_KeepsItsWording_ChangedOutcomeNeedsANewOne()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Draft, easyRead: true);

        await s.Coordinator.PostFormAsync(s.Url("/questionnaire"), new()
        {
            ["Outcomes"] = "Being treated with kindness and care\nBeing offered home visits by the team", ["Services"] = "A keyworker", ["Barriers"] = "Parking",
            ["Statements"] = "One\nTwo\nThree", ["CoveringLetter"] = "Dear family",
        });

        var items = await app.WithDbAsync(db => db.UcItems.Where(i => i.QuestionnaireId == q.Id && i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order)
            .Select(i => new ValueTuple<string, string?, string?>(i.Text, i.EasyReadText, i.Picture)).ToListAsync());
        Assert.Equal([("Being treated with kindness and care", "Staff are kind to me", "helping-hands"), ("Being offered home visits by the team", null, null)], items);
    }

    [Fact]
    public async Task Closed_WordingFixed_AndAnotherPartnershipsOutcomeIsNotFound()
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Closed, easyRead: true);
        var other = await UcSetup.CreateAsync(app);
        var theirs = await other.QuestionnaireAsync(UcStatus.Open);
        var id = (await OutcomeIdsAsync(s, q))[0];

        (await s.Coordinator.GetAsync(s.Url($"/easy-read/{id}"))).AssertRedirect(s.Url("/easy-read"));
        Assert.Contains("The questionnaire is closed, so the wording can no longer change.", (await (await s.Coordinator.GetAsync(s.Url("/easy-read"))).HtmlAsync()).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Coordinator.GetAsync(s.Url($"/easy-read/{(await OutcomeIdsAsync(other, theirs))[0]}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Facilitator.GetAsync(s.Url("/easy-read"))).StatusCode);
    }
}
