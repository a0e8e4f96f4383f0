using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Survey;

/// <summary>
/// A response as the check-your-answers page shows it, with "Change" links under <see cref="BasePath"/>: to the page that
/// shows the statement when <see cref="Paged"/> (the respondent's pages, <see cref="SurveyPages"/>), else to its section.
/// </summary>
public sealed record AnswersSummary(
    string InstrumentVersion, string BasePath, bool Paged, string? RoleTitle, string Employer, string Group,
    IReadOnlyList<(int Section, IReadOnlyList<(RoundItem Item, Answer? Answer)> Statements)> Sections,
    IReadOnlyList<OutcomeStatement> Outcomes)
{
    public static async Task<AnswersSummary> LoadAsync(PoetDb db, SurveyRound round, Response response, string basePath, bool paged = false)
    {
        var partner = await db.PartnerOrganisations.Where(p => p.Id == response.PartnerOrganisationId && p.PartnershipId == round.PartnershipId).Select(p => p.Name).SingleOrDefaultAsync();
        var group = await db.ProfessionalGroups.Where(g => g.Id == response.ProfessionalGroupId && g.PartnershipId == round.PartnershipId).Select(g => g.Name).SingleOrDefaultAsync();
        var answers = response.Answers.ToDictionary(a => a.RoundItemId);
        var sections = new List<(int, IReadOnlyList<(RoundItem, Answer?)>)>();
        foreach (var n in SurveyJourney.ScaleSections)
        {
            var items = await SectionForm.ItemsAsync(db, round.Id, n);
            sections.Add((n, items.Select(i => (i, answers.GetValueOrDefault(i.Id))).ToList()));
        }
        return new AnswersSummary(round.InstrumentVersion, basePath, paged, response.RoleTitle,
            AboutForm.Shown(partner, response.PartnerOther, AboutForm.PartnerOtherLabel), AboutForm.Shown(group, response.ProfessionOther, AboutForm.GroupOtherLabel),
            sections, response.Outcomes.OrderBy(o => o.Order).ToList());
    }

    /// <summary>Where the "Change" link of statement <paramref name="index"/> (zero-based) of <paramref name="count"/> in a section goes.</summary>
    public string ChangePath(int section, int index, int count, RoundItem item) =>
        (Paged ? SurveyJourney.PagePath(BasePath, section, SurveyPages.PageOf(count, index)) + ReturnQuery : SurveyJourney.Path(BasePath, section)) + $"#item-{item.Id}";

    /// <summary>The respondent's change links come back here once saved (<see cref="SurveyJourney.FromCheck"/>); paper keying goes on through the sections.</summary>
    public string ReturnQuery => Paged ? "?" + SurveyJourney.FromCheck : "";

    public string ChangeAbout => SurveyJourney.Path(BasePath, SurveyJourney.About) + ReturnQuery;

    public string ChangeOutcomes => SurveyJourney.Path(BasePath, SurveyJourney.Outcomes) + ReturnQuery;
}
