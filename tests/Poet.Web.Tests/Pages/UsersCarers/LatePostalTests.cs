using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>
/// Issue 13, "An open round can be differenced", for families: someone reads the report of a closed questionnaire,
/// keys in one postal return that came late, and reads it again. The difference would be that family's answers, so
/// late returns are held and join the report only 5 at a time (ADR 0002, "Late paper returns", as for staff paper).
/// </summary>
public class LatePostalTests(PoetApp app) : IClassFixture<PoetApp>
{
    private async Task<(UcSetup S, int QuestionnaireId, int[] Outcomes)> ClosedWithOnlineReturnsAsync(int online)
    {
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Closed, samePersonMayKeyTwice: true);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);
        await app.WithDbAsync(async db =>
        {
            for (var n = 0; n < online; n++)
                db.UcResponses.Add(new UcResponse { Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Link, IsSubmitted = true, Answers = [new UcAnswer { ItemId = outcomes[0], Importance = 4 }] });
            await db.SaveChangesAsync();
        });
        return (s, q.Id, outcomes);
    }

    /// <summary>Keys one return twice, the same way (the questionnaire lets one person key both), rating outcome 1 "Not important".</summary>
    private static async Task KeyReturnAsync(UcSetup s, int[] outcomes, string reference)
    {
        var values = new Dictionary<string, string> { ["Reference"] = reference, [$"Values[imp-{outcomes[0]}]"] = "1" };
        for (var k = 0; k < 2; k++)
            (await s.Coordinator.PostFormAsync(s.Url("/postal/enter"), values, s.Url("/postal/enter?reference=" + reference))).AssertRedirect(s.Url("/postal"));
    }

    private static async Task<string> ReportAsync(UcSetup s) =>
        (await (await s.Coordinator.GetAsync(s.Url("/report"))).HtmlAsync()).QuerySelector("main")!.TextContent;

    [Fact]
    public async Task KeyAfterClose_OneToFour_ReportUnchanged_FifthAddsAllFive()
    {
        var (s, qid, outcomes) = await ClosedWithOnlineReturnsAsync(online: 10);
        for (var n = 1; n <= 5; n++) await s.PostalFormAsync(qid, $"LATE-000{n}"); // mailed before the close
        var before = await ReportAsync(s);
        Assert.Contains("Who answered", before);
        var postal = await (await s.Coordinator.GetAsync(s.Url("/postal"))).HtmlAsync();
        Assert.Equal("Returns keyed in after the questionnaire closed are added to the report only once 5 are waiting, all 5 together, so that nobody can compare the report before and after and read one family's answers. If fewer than 5 are ever keyed in, they are never added.",
            postal.QuerySelector("#late-rule p")!.TextContent);
        Assert.Null(postal.QuerySelector("#waiting-late"));

        for (var n = 1; n <= 4; n++)
        {
            await KeyReturnAsync(s, outcomes, $"LATE-000{n}");
            Assert.Equal(before, await ReportAsync(s)); // the attack: read, key one, read again
            var page = await (await s.Coordinator.GetAsync(s.Url("/postal"))).HtmlAsync();
            Assert.Equal(n == 1 ? "1 return keyed in after the close is waiting. They will be added to the report once 5 are waiting."
                : $"{n} returns keyed in after the close are waiting. They will be added to the report once 5 are waiting.", page.QuerySelector("#waiting-late")!.TextContent);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.UcResponses.CountAsync(r => r.QuestionnaireId == qid && r.Method == UcMethod.Postal && r.IsSubmitted)));

        await KeyReturnAsync(s, outcomes, "LATE-0005");

        var after = await ReportAsync(s);
        Assert.NotEqual(before, after);
        Assert.Equal(5, await app.WithDbAsync(db => db.UcResponses.CountAsync(r => r.QuestionnaireId == qid && r.Method == UcMethod.Postal && r.IsSubmitted && r.SubmittedOn != null)));
        Assert.Null((await (await s.Coordinator.GetAsync(s.Url("/postal"))).HtmlAsync()).QuerySelector("#waiting-late"));
    }

    [Fact]
    public async Task KeyWhileOpen_CountsAtOnce()
    {   // while open the report shows only how many have answered, so nothing is held back
        var s = await UcSetup.CreateAsync(app);
        var q = await s.QuestionnaireAsync(UcStatus.Open, samePersonMayKeyTwice: true);
        var outcomes = await s.ItemIdsAsync(q.Id, UcItemKind.Outcome);

        await s.PostalFormAsync(q.Id, "OPEN-0001");

        await KeyReturnAsync(s, outcomes, "OPEN-0001");

        Assert.Equal(1, await app.WithDbAsync(db => db.UcResponses.CountAsync(r => r.QuestionnaireId == q.Id && r.IsSubmitted)));
        Assert.Null((await (await s.Coordinator.GetAsync(s.Url("/postal"))).HtmlAsync()).QuerySelector("#late-rule"));
    }
}
