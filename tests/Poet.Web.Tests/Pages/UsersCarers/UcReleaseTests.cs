using DocumentFormat.OpenXml.Packaging;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>
/// Every view of a users-and-carers questionnaire (phase page, report, local report and its PDF and Word files) shows
/// the one release's figures (docs/adr/0002-round-release.md, "Users and carers"). Before the release, the brief's
/// example (40 postal returns, 3 interviews) printed "3 interview(s) recorded with consent" on the report and
/// "Interviews 3" on the phase page.
/// </summary>
public class UcReleaseTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<UcSetup> QuestionnaireAsync(int postal, int code, int interviews)
    {
        var s = await UcSetup.CreateAsync(app);
        await s.StaffRoundAsync(6, ThresholdKind.Count, 5);
        var q = await s.QuestionnaireAsync(UcStatus.Closed);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await app.WithDbAsync(async db =>
        {
            db.UcForms.AddRange(Enumerable.Range(1, 50).Select(n => new UcForm { QuestionnaireId = q.Id, Kind = UcFormKind.Postal, Reference = $"R{n:000}", Entered = n <= postal }));
            for (var n = 0; n < postal + code; n++)
                db.UcResponses.Add(new UcResponse
                {
                    Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = n < postal ? UcMethod.Postal : UcMethod.Code, IsSubmitted = true,
                    RespondentType = n % 2 == 0 ? UcRespondentType.CarerOrFamily : UcRespondentType.ServiceUser,
                    Answers = outcomes.Select(o => new UcAnswer { ItemId = o, Importance = 4, Happens = 3 }).ToList(),
                });
            for (var n = 0; n < interviews; n++)
            {
                var interview = new UcInterview { QuestionnaireId = q.Id, Consent = true, HeldOn = new DateOnly(2026, 5, 1), RespondentType = UcRespondentType.CarerOrFamily };
                interview.Marks.Add(new UcInterviewMark { ItemId = outcomes[0], Mark = UcSheetMark.MostImportant });
                db.UcInterviews.Add(interview);
            }
            return await db.SaveChangesAsync();
        });
        return s;
    }

    private static string[] Row(AngleSharp.Dom.IDocument doc, string table, string name) =>
        doc.QuerySelectorAll($"#{table} tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).Single(r => r[0] == name);

    [Fact]
    public async Task Views_FortyPostalThreeInterviews_InterviewsHiddenEverywhere()
    {
        var s = await QuestionnaireAsync(postal: 40, code: 0, interviews: 3);

        var report = await (await s.Facilitator.GetAsync(s.Url("/report"))).HtmlAsync();
        var phase = await (await s.Facilitator.GetAsync(s.Url())).HtmlAsync();
        var local = await (await s.Facilitator.GetAsync(s.Url("/local-report"))).HtmlAsync();
        var docx = await (await s.Facilitator.GetAsync(s.Url("/local-report.docx"))).Content.ReadAsByteArrayAsync();
        var pdf = LocalReportFiles.Pdf((await app.WithDbAsync(db => LocalReport.LoadAsync(db, s.Pid)))!);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var wordText = word.MainDocumentPart!.Document.Body!.InnerText;

        // 40 of 50 postal forms came back: shown (brief: 40 postal). The 3 interviews are under 5: hidden, and no
        // total of interviews, nor of returns and interviews together (43), is printed from which 3 could be taken.
        Assert.Equal(["Postal questionnaire", "40", "50", "80%"], Row(report, "methods", "Postal questionnaire"));
        Assert.Equal("Interviews recorded with consent: Hidden.", report.QuerySelector("#interviews")!.TextContent.Trim());
        Assert.Equal("The outcome sheet is summarised once at least 5 people have been interviewed.",
            report.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Single(t => t.StartsWith("The outcome sheet")));
        Assert.Equal("Hidden", Summary(phase, "Interviews recorded with consent"));
        Assert.Contains("Interviews: Hidden", local.QuerySelector("#returns")!.TextContent);
        Assert.True(pdf.Mentions("Interviews: Hidden"));
        Assert.Contains("Interviews: Hidden", wordText);
        foreach (var text in new[] { Flat(report.QuerySelector("main")!.TextContent), Flat(phase.QuerySelector("main")!.TextContent), Flat(local.QuerySelector("main")!.TextContent), wordText, string.Join(" ", pdf.Text.Select(t => t.Text)) })
        {
            Assert.DoesNotContain("3 interview", text);
            Assert.DoesNotContain("Interviews: 3", text);
            Assert.DoesNotMatch(@"\b43\b", text); // the number, not digits inside the random partnership name
        }
    }

    [Fact]
    public async Task Views_ThreeByCode_CodeAndPostalHiddenTotalShown()
    {
        var s = await QuestionnaireAsync(postal: 40, code: 3, interviews: 0);

        var report = await (await s.Facilitator.GetAsync(s.Url("/report"))).HtmlAsync();
        var phase = await (await s.Facilitator.GetAsync(s.Url())).HtmlAsync();
        var docx = await (await s.Facilitator.GetAsync(s.Url("/local-report.docx"))).Content.ReadAsByteArrayAsync();
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var wordText = word.MainDocumentPart!.Document.Body!.InnerText;

        // 3 by code is under 5, and 40 postal = 43 returns − 3 would give it back, so the postal count goes too
        // (the link brought none: a zero is shown and covers nothing). The 43 returns are the base of every percentage.
        Assert.Equal(["Postal questionnaire", "Hidden", "50", "Hidden"], Row(report, "methods", "Postal questionnaire"));
        Assert.Equal(["Online with a printed code", "Hidden", "0", "Hidden"], Row(report, "methods", "Online with a printed code"));
        Assert.Equal(["Online with the partnership link", "0", "Not known", "Not known"], Row(report, "methods", "Online with the partnership link"));
        Assert.Equal(["All returns", "43"], Row(report, "who", "All returns"));
        Assert.Equal(UcReport.HiddenNote, report.QuerySelector("#hidden-note")!.TextContent.Trim());
        Assert.Equal("Hidden of 50", Summary(phase, "Postal questionnaire"));
        Assert.Contains("Online with a printed code: Hidden of 0", wordText);
        Assert.Contains(UcReport.HiddenNote, wordText);
        Assert.Equal("Counts of fewer than 5 are hidden to protect the people who answered, and so is the next smallest count where it would let a hidden one be worked out.", UcReport.HiddenNote);
        Assert.DoesNotMatch(@"\b40\b", Flat(phase.QuerySelector("main")!.TextContent));
        Assert.DoesNotContain("40 of 50", wordText);
    }

    private static string Summary(AngleSharp.Dom.IDocument doc, string key) => doc.QuerySelectorAll(".govuk-summary-list__row")
        .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key).QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    private static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
