using Poet.Data.Entities;
using Poet.Web.Pages.Survey;

namespace Poet.Web.Tests.Pages.Survey;

/// <summary>The paging rule (<see cref="SurveyPages"/>) on its own: pure, no app.</summary>
public class SurveyPagesRuleTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 2)]
    [InlineData(17, 6)]
    [InlineData(33, 11)]
    [InlineData(34, 12)]
    public void Count_IsAsFewPagesAsTheMaximumAllows(int statements, int pages) => Assert.Equal(pages, SurveyPages.Count(statements));

    [Fact]
    public void Range_EveryStatementOnExactlyOnePage_InOrder_SizesEvenAndAtMostTheMaximum()
    {
        for (var statements = 0; statements <= 120; statements++)
        {
            var pages = Enumerable.Range(1, SurveyPages.Count(statements)).Select(p => SurveyPages.Range(statements, p)).ToList();
            var next = 0;
            foreach (var (first, length) in pages)
            {
                Assert.Equal(next, first);
                Assert.InRange(length, statements == 0 ? 0 : 1, SurveyPages.MaxStatements);
                next += length;
            }
            Assert.Equal(statements, next);
            Assert.True(pages.Max(p => p.Length) - pages.Min(p => p.Length) <= 1, $"{statements} statements split unevenly");
            // Earlier pages take the extra statement.
            Assert.Equal(pages.Select(p => p.Length).OrderDescending(), pages.Select(p => p.Length));
            for (var i = 0; i < statements; i++)
            {
                var (first, length) = pages[SurveyPages.PageOf(statements, i) - 1];
                Assert.InRange(i, first, first + length - 1);
            }
        }
    }

    [Fact]
    public void StandardBank_Section2In6PagesOf3Or2_Section3In11PagesOf3()
    {
        Assert.Equal([3, 3, 3, 3, 3, 2], Enumerable.Range(1, 6).Select(p => SurveyPages.Range(17, p).Length));
        Assert.All(Enumerable.Range(1, 11), p => Assert.Equal(3, SurveyPages.Range(33, p).Length));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(5, 3)]
    [InlineData(5, -1)]
    public void Range_PageThatIsNotThere_Throws(int statements, int page)
    {
        Assert.False(SurveyPages.Exists(statements, page));
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyPages.Range(statements, page));
    }

    [Fact]
    public void Page_TakesThatPagesStatements()
    {
        var items = Enumerable.Range(1, 7).ToList();
        Assert.Equal([1, 2, 3], SurveyPages.Page(items, 1));
        Assert.Equal([4, 5], SurveyPages.Page(items, 2));
        Assert.Equal([6, 7], SurveyPages.Page(items, 3));
    }

    private static readonly List<RoundItem> Section2 = Enumerable.Range(1, 5).Select(i => new RoundItem { Id = i, Section = 2 }).ToList();
    private static readonly List<RoundItem> Section3 = Enumerable.Range(11, 3).Select(i => new RoundItem { Id = i, Section = 3 }).ToList();

    private static string Resume(Response r) => SurveyPages.Resume("/s", r, n => n == 2 ? Section2 : Section3);

    private static Response Answered(int lastSection, params int[] itemIds) => new()
    {
        LastSectionSaved = lastSection,
        Answers = itemIds.Select(id => new Answer { RoundItemId = id, Value = 4 }).ToList(),
    };

    [Fact]
    public void Resume_GoesToTheFirstPageWithAnUnansweredStatement()
    {
        Assert.Equal("/s/about", Resume(Answered(0)));
        Assert.Equal("/s/section/2", Resume(Answered(1)));
        Assert.Equal("/s/section/2", Resume(Answered(2, 1, 3, 4, 5)));
        Assert.Equal("/s/section/2/page/2", Resume(Answered(2, 1, 2, 3, 5)));
        Assert.Equal("/s/section/3", Resume(Answered(2, 1, 2, 3, 4, 5)));
        Assert.Equal("/s/outcomes", Resume(Answered(3, 1, 2, 3, 4, 5, 11, 12, 13)));
        Assert.Equal("/s/check", Resume(Answered(4, 1, 2, 3, 4, 5, 11, 12, 13)));
    }

    [Fact]
    public void Resume_CommentWithoutAValue_IsStillUnanswered_OutcomeWithoutWords_GoesToOutcomes()
    {
        var response = Answered(4, 1, 2, 3, 4, 5, 11, 12, 13);
        response.Answers.Single(a => a.RoundItemId == 12).Value = null;
        Assert.Equal("/s/section/3", Resume(response));
        response.Answers.Single(a => a.RoundItemId == 12).Value = 2;
        response.Outcomes.Add(new OutcomeStatement { Order = 1, Outcome = "", Rationale = "Saved for later" });
        Assert.Equal("/s/outcomes", Resume(response));
    }

    [Theory]
    [InlineData(2, 1, 1, "Section 2 of 4", "1")]
    [InlineData(2, 1, 2, "Section 2 of 4, page 1 of 2", "1")]
    [InlineData(3, 2, 4, "Section 3 of 4, page 2 of 4", "2.25")]
    [InlineData(5, 1, 1, "All sections answered", "4")]
    public void Progress_SaysSectionAndPageOnce(int section, int page, int pages, string text, string value)
    {
        var progress = new ProgressView(section, page, pages);
        Assert.Equal((text, value), (progress.Text, progress.Value));
    }
}
