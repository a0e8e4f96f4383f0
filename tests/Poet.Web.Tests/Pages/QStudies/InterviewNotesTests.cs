using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Pages.Sorting;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>
/// Issue 19: the researcher finds a sort by the study code a participant gives at a post-sort interview, adds notes to
/// its cards, and reads them on the sort, on the analysis page under the factor the sort is flagged on, and in the
/// exports; a shared report never carries them. The nine lipset sorts are imported first; the participant's is the tenth.
/// </summary>
public class InterviewNotesTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Note = "Said budgets are decided elsewhere, so this card felt pointless";
    // The participant's sort (10th) flagged by hand on factor 1, so that factor's section carries its note.
    private const string Flagged = "factors=2&flagging=manual&flag=10-1&flag=3-2";

    private static string Url(QSetup setup, string page) => $"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/{page}";

    private async Task<(QSetup Setup, string Code, Guid Sort)> StudyWithOneParticipantAsync()
    {
        var setup = await app.CreateStudyAsync();
        await setup.ImportLipsetAsync();
        var code = await app.SortAsync(setup, "Carer", reason: "Not our job");
        var id = await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid && s.Code == code).Select(s => s.Id).SingleAsync());
        return (setup, code, id);
    }

    [Fact]
    public async Task Sorts_CodeTypedInLowerCaseWithoutTheDash_OpensThatSort()
    {
        var (setup, code, id) = await StudyWithOneParticipantAsync();

        var response = await setup.Facilitator.GetAsync(Url(setup, "sorts?code=" + Uri.EscapeDataString(" q" + code[2..].ToLowerInvariant())));

        response.AssertRedirect($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/sorts/{id}");
        var doc = await (await setup.Facilitator.GetAsync(response.Location())).HtmlAsync();
        Assert.Equal($"Q-sort {code}", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Not our job", doc.QuerySelector("#card-1 td:nth-child(3)")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sorts_CodeOfNoSort_SaysSo()
    {
        var (setup, code, _) = await StudyWithOneParticipantAsync();
        var other = code == "Q-2222" ? "Q-3333" : "Q-2222";

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "sorts?code=" + other))).HtmlAsync();

        Assert.Equal([$"No submitted Q-sort of this study has the code {other}"], doc.ErrorSummary());
    }

    [Fact]
    public async Task Sorts_NotACode_SaysWhatACodeLooksLike()
    {
        var (setup, _, _) = await StudyWithOneParticipantAsync();

        var doc = await (await setup.Facilitator.GetAsync(Url(setup, "sorts?code=hello"))).HtmlAsync();

        Assert.Equal(["\u201chello\u201d is not a study code: codes are Q- and 4 letters or numbers, like Q-7KM3"], doc.ErrorSummary());
    }

    [Fact]
    public async Task SaveNote_ResearcherReadsItOnTheSortTheFactorAndInNotesCsv()
    {
        var (setup, code, id) = await StudyWithOneParticipantAsync();
        var statement = QStudyFixture.LipsetStatements()[0];

        var post = await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "1", ["note"] = Note });

        post.AssertRedirect($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/sorts/{id}");
        var sort = await (await setup.Facilitator.GetAsync(post.Location())).HtmlAsync();
        Assert.Equal("The note on statement 1 has been saved", sort.QuerySelector("#notice")!.TextContent.Trim().Split('\n').Last().Trim());
        Assert.Equal(Note, sort.QuerySelector("#card-1 td:nth-child(4)")!.TextContent.Trim());
        var analysis = await (await setup.Facilitator.GetAsync(Url(setup, "analysis?" + Flagged))).HtmlAsync();
        Assert.Equal([code, $"1. {statement} (-4)", Note], analysis.QuerySelectorAll("#factor-1-notes tbody td").Select(td => td.TextContent.Trim()));
        Assert.Null(analysis.QuerySelector("#factor-2-notes"));
        var csv = (await (await setup.Facilitator.GetAsync(Url(setup, "files/notes.csv?bom=no"))).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("study_code,statement,statement_text,column,note", csv[0].TrimEnd('\r'));
        Assert.Equal($"{code},1,{CsvField(statement)},-4,{CsvField(Note)}", csv[1].TrimEnd('\r'));
    }

    [Fact]
    public async Task Report_NoteOnAFlaggedSort_NeverInTheSharedReport()
    {
        var (setup, _, id) = await StudyWithOneParticipantAsync();
        await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "1", ["note"] = Note });

        var report = await (await setup.Facilitator.GetAsync(Url(setup, "report?" + Flagged))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Said budgets are decided elsewhere", report);
    }

    [Fact]
    public async Task SaveNote_EmptyNote_RemovesIt()
    {
        var (setup, _, id) = await StudyWithOneParticipantAsync();
        await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "1", ["note"] = Note });

        var post = await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "1", ["note"] = " " });

        var sort = await (await setup.Facilitator.GetAsync(post.Location())).HtmlAsync();
        Assert.Contains("The note on statement 1 has been removed", sort.QuerySelector("#notice")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.QPlacements.CountAsync(p => p.SortId == id && p.Note != null)));
    }

    [Fact]
    public async Task SaveNote_NoCardOrTooLong_ShowsErrorsAndStoresNothing()
    {
        var (setup, _, id) = await StudyWithOneParticipantAsync();

        var none = await (await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "", ["note"] = Note })).HtmlAsync();
        var tooLong = await (await setup.Facilitator.PostFormAsync(Url(setup, $"sorts/{id}"), new() { ["statement"] = "2", ["note"] = new string('a', 2001) })).HtmlAsync();

        Assert.Equal(["Select the card the note is about"], none.ErrorSummary());
        Assert.Equal(["The note must be 2000 characters or fewer"], tooLong.ErrorSummary());
        Assert.Equal(0, await app.WithDbAsync(db => db.QPlacements.CountAsync(p => p.SortId == id && p.Note != null)));
    }

    [Fact]
    public async Task Sort_NotSubmittedOrOfAnotherStudy_NotFound()
    {
        var (setup, _, id) = await StudyWithOneParticipantAsync();
        var other = await app.CreateStudyAsync();
        await app.StartAsync(setup);
        var unsubmitted = await app.WithDbAsync(db => db.QSorts.Where(s => s.StudyId == setup.Sid && !s.IsSubmitted).Select(s => s.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await setup.Facilitator.GetAsync(Url(setup, $"sorts/{unsubmitted}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Facilitator.GetAsync($"/partnerships/{other.Pid}/q-studies/{other.Sid}/sorts/{id}")).StatusCode);
    }

    private static string CsvField(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
