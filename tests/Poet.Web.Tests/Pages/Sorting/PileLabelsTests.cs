using Microsoft.EntityFrameworkCore;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

/// <summary>A study's own pile and grid-end labels, to fit its condition of instruction (issue 19).</summary>
public class PileLabelsTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Piles_StudyLabels_ReplaceAgreeMoreAndLess()
    {
        var setup = await app.CreateStudyAsync();
        await app.WithDbAsync(async db =>
        {
            var study = await db.QStudies.SingleAsync(s => s.Id == setup.Sid);
            study.MoreLabel = "More important";
            study.LessLabel = "Less important";
            await db.SaveChangesAsync();
        });
        var client = await app.StartAsync(setup);
        await client.AboutAsync(setup);

        var doc = await (await client.GetAsync($"/q/{setup.Key}/piles")).HtmlAsync();

        var labels = doc.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()).Distinct().ToArray();
        Assert.Equal(["More important", "Neutral", "Less important"], labels);
        Assert.Contains("choose a pile: more important, neutral (or unsure), or less important.", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Agree more", doc.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_Labels_AreSaved_AndTooLongSaysSo()
    {
        var setup = await app.CreateStudyAsync();
        var page = $"/partnerships/{setup.Pid}/q-studies/new";
        Dictionary<string, string> Fields(string more) => new()
        {
            ["Title"] = "Importance",
            ["Instruction"] = "Sort these by how important they are to you",
            ["MoreLabel"] = more,
            ["LessLabel"] = " Less important ",
            ["Statements"] = string.Join("\n", QStudyFixture.LipsetStatements()),
            ["GridLowest"] = "-4",
            ["GridCounts"] = string.Join(",", QStudyFixture.LipsetCounts),
        };

        var bad = await (await setup.Facilitator.PostFormAsync(page, Fields(new string('x', 41)))).HtmlAsync();
        var good = await setup.Facilitator.PostFormAsync(page, Fields("More important"));

        Assert.Equal(["Enter a label of 40 characters or fewer"], bad.ErrorSummary());
        var sid = int.Parse(good.Location()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (more, less) = await app.WithDbAsync(db => db.QStudies.Where(s => s.Id == sid).Select(s => new ValueTuple<string?, string?>(s.MoreLabel, s.LessLabel)).SingleAsync());
        Assert.Equal("More important", more);
        Assert.Equal("Less important", less);
    }
}
