using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Sorting;

/// <summary>Who the participant is, in the two ways the analysis breaks viewpoints down. Both questions may be skipped.</summary>
public class AboutModel(PoetDb db) : QSortPageModel(db)
{
    [BindProperty] public QParticipantRole? Role { get; set; }
    [BindProperty] public int? PartnerOrganisationId { get; set; }

    /// <summary>Answers to the study's questions asked before the sort, by question number (read by <see cref="SortQuestionsForm"/>).</summary>
    public Dictionary<int, string> Answers { get; private set; } = [];

    public IReadOnlyList<QQuestion> Questions => SortQuestionsForm.Of(Study, QQuestionStage.BeforeSort);

    public List<PartnerOrganisation> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.About) is { } away) return away;
        Role = Sort!.Role;
        PartnerOrganisationId = Sort.PartnerOrganisationId;
        Answers = SortQuestionsForm.Stored(Sort, Questions);
        await LoadPartnersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key, QSortJourney.About) is { } away) return away;
        await LoadPartnersAsync();
        if (Role is { } role && !Enum.IsDefined(role)) ModelState.AddModelError(nameof(Role), "Select staff, service user or carer, or leave it blank");
        if (PartnerOrganisationId is { } partner && Partners.All(p => p.Id != partner))
            ModelState.AddModelError(nameof(PartnerOrganisationId), "Select an organisation from the list, or leave it blank");
        var valid = ModelState.IsValid;
        Answers = SortQuestionsForm.Apply(Sort!, Questions, Request.Form, ModelState);
        if (!valid || !ModelState.IsValid) return Page();
        Sort!.Role = Role;
        // The employer is asked of staff only; anyone else's answer would be a slip.
        Sort.PartnerOrganisationId = Role == QParticipantRole.Staff ? PartnerOrganisationId : null;
        Saved(QSortJourney.About);
        await Db.SaveChangesAsync();
        return Redirect(QSortJourney.Path(key, QSortJourney.Piles));
    }

    private async Task LoadPartnersAsync() =>
        Partners = await Db.PartnerOrganisations.Where(p => p.PartnershipId == Study.PartnershipId).OrderBy(p => p.Name).ToListAsync();
}
