using Poet.Data.Entities;

namespace Poet.Web.Pages.Survey;

/// <summary>
/// The one paging rule for a scale section on the respondent's pages (issue 15): as few pages as
/// <see cref="MaxStatements"/> allows, the statements split evenly in their order, earlier pages taking any extra one.
/// The item bank gives every statement its own theme (50 themes for 50 statements) and orders related statements
/// together, so splitting evenly in bank order keeps neighbouring topics together.
/// <see cref="MaxStatements"/> keeps a page within about three phone screens (2,532 px at 390 × 844):
/// one statement, with its folded help and comment, is 420-470 px tall there, and the page around it about 1,050 px
/// (measured by tests/Poet.Browser.Tests SurveyPagesTests: the tallest standard-bank page is 2,461 px).
/// Paper keying keeps a whole section on one page.
/// </summary>
public static class SurveyPages
{
    public const int MaxStatements = 3;

    /// <summary>How many pages a section of <paramref name="statements"/> statements has; a section without statements still has one page.</summary>
    public static int Count(int statements) => Math.Max(1, (statements + MaxStatements - 1) / MaxStatements);

    /// <summary>The zero-based index of the first statement on page <paramref name="page"/> (1-based) and how many it holds.</summary>
    public static (int First, int Length) Range(int statements, int page)
    {
        var pages = Count(statements);
        if (page < 1 || page > pages) throw new ArgumentOutOfRangeException(nameof(page), page, $"A section of {statements} statements has pages 1 to {pages}.");
        var (size, extra) = (statements / pages, statements % pages);
        return ((page - 1) * size + Math.Min(page - 1, extra), size + (page <= extra ? 1 : 0));
    }

    public static bool Exists(int statements, int page) => page >= 1 && page <= Count(statements);

    /// <summary>The statements on page <paramref name="page"/>.</summary>
    public static IReadOnlyList<T> Page<T>(IReadOnlyList<T> items, int page)
    {
        var (first, length) = Range(items.Count, page);
        return items.Skip(first).Take(length).ToList();
    }

    /// <summary>The page (1-based) that shows the statement at zero-based <paramref name="index"/>.</summary>
    public static int PageOf(int statements, int index)
    {
        for (var page = 1; page <= Count(statements); page++)
        {
            var (first, length) = Range(statements, page);
            if (index < first + length) return page;
        }
        throw new ArgumentOutOfRangeException(nameof(index), index, $"A section of {statements} statements has no statement {index + 1}.");
    }

    /// <summary>
    /// Where a returning respondent carries on: "About you" until it has been saved once (all its questions may be
    /// skipped), then the first statement page with a statement not yet given a value, then the outcomes page until it
    /// has been saved once or while an outcome is still missing its words, then check answers.
    /// </summary>
    public static string Resume(string basePath, Response response, Func<int, IReadOnlyList<RoundItem>> sectionItems)
    {
        if (response.LastSectionSaved < SurveyJourney.About) return SurveyJourney.Path(basePath, SurveyJourney.About);
        var answered = response.Answers.Where(a => a.Value is not null).Select(a => a.RoundItemId).ToHashSet();
        foreach (var section in SurveyJourney.ScaleSections)
        {
            var items = sectionItems(section);
            for (var page = 1; page <= Count(items.Count); page++)
                if (Page(items, page).Any(i => !answered.Contains(i.Id))) return SurveyJourney.PagePath(basePath, section, page);
        }
        if (response.LastSectionSaved < SurveyJourney.Outcomes || response.Outcomes.Any(o => o.Outcome.Length == 0))
            return SurveyJourney.Path(basePath, SurveyJourney.Outcomes);
        return SurveyJourney.Path(basePath, SurveyJourney.SectionCount + 1);
    }
}

/// <summary>What the progress partial shows: the section, and on a paged section which page of how many.</summary>
public sealed record ProgressView(int Section, int Page = 1, int Pages = 1)
{
    public string Text => Section > SurveyJourney.SectionCount ? "All sections answered"
        : Pages > 1 ? $"Section {Section} of {SurveyJourney.SectionCount}, page {Page} of {Pages}"
        : $"Section {Section} of {SurveyJourney.SectionCount}";

    /// <summary>Sections done so far, counting finished pages of this one as fractions.</summary>
    public string Value => Math.Min(SurveyJourney.SectionCount, Section - 1 + (Page - 1) / (double)Pages).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
