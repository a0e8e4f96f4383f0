using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Survey;

/// <summary>
/// Section 1, shared by the online survey and paper keying. Every question may be skipped, and a skipped question is
/// stored as not answered (no id, no "other" flag), apart from a respondent choosing "Unsure or other" / "None or other".
/// </summary>
public sealed class AboutForm
{
    public const int RoleTitleMax = 200;
    /// <summary>Radio value for "Unsure or other" / "None or other", stored as no id with <see cref="Response.PartnerOther"/> / <see cref="Response.ProfessionOther"/> set.</summary>
    public const string Other = "other";
    /// <summary>A role title can single someone out (the only speech therapist); the page says so before anyone types one.</summary>
    public const string RoleTitleHint = "For example, family support worker or team manager. Leave this blank if few people have your role title: with your organisation it could show who you are.";
    public const string RoleTitleTooLong = "Role title must be 200 characters or fewer";
    public const string UnknownEmployer = "Select the organisation that employs you, or Unsure or other";
    public const string UnknownGroup = "Select your professional group, or None or other";

    public string? RoleTitle { get; set; }
    public string? Employer { get; set; }
    public string? Group { get; set; }

    public static AboutForm From(Response r) => new()
    {
        RoleTitle = r.RoleTitle,
        Employer = r.PartnerOrganisationId?.ToString() ?? (r.PartnerOther ? Other : null),
        Group = r.ProfessionalGroupId?.ToString() ?? (r.ProfessionOther ? Other : null),
    };

    /// <summary>Validates against the partnership's own lists and, when valid, copies the answers onto the response.</summary>
    public bool TryApply(Response r, AboutChoices choices, ModelStateDictionary modelState, string prefix)
    {
        var title = string.IsNullOrWhiteSpace(RoleTitle) ? null : RoleTitle.Trim();
        if (title?.Length > RoleTitleMax) modelState.AddModelError(prefix + nameof(RoleTitle), RoleTitleTooLong);
        var employer = Choose(Employer, choices.Partners.Select(p => p.Id), prefix + nameof(Employer), UnknownEmployer, modelState);
        var group = Choose(Group, choices.Groups.Select(g => g.Id), prefix + nameof(Group), UnknownGroup, modelState);
        if (!modelState.IsValid) return false;
        r.RoleTitle = title;
        (r.PartnerOrganisationId, r.PartnerOther) = employer;
        (r.ProfessionalGroupId, r.ProfessionOther) = group;
        r.LastSectionSaved = Math.Max(r.LastSectionSaved, SurveyJourney.About);
        return true;
    }

    /// <summary>The chosen id, or (null, true) for "other", or (null, false) when the question was skipped.</summary>
    private static (int? Id, bool Other) Choose(string? value, IEnumerable<int> allowed, string key, string error, ModelStateDictionary modelState)
    {
        if (string.IsNullOrEmpty(value)) return (null, false);
        if (value == Other) return (null, true);
        if (int.TryParse(value, out var id) && allowed.Contains(id)) return (id, false);
        modelState.AddModelError(key, error);
        return (null, false);
    }

    /// <summary>How the check-answers pages word a stored answer: its name, the "other" option, or "Not answered".</summary>
    public static string Shown(string? name, bool other, string otherLabel) => name ?? (other ? otherLabel : NotAnswered);

    public const string NotAnswered = ReleaseInput.DefaultNotAnswered;
    public const string PartnerOtherLabel = ReleaseInput.DefaultPartnerUnstated;
    public const string GroupOtherLabel = ReleaseInput.DefaultProfessionUnstated;
}

public sealed record AboutChoices(IReadOnlyList<PartnerOrganisation> Partners, IReadOnlyList<ProfessionalGroup> Groups)
{
    public static async Task<AboutChoices> LoadAsync(PoetDb db, int partnershipId) => new(
        await db.PartnerOrganisations.Where(p => p.PartnershipId == partnershipId).OrderBy(p => p.Name).ToListAsync(),
        await db.ProfessionalGroups.Where(g => g.PartnershipId == partnershipId).OrderBy(g => g.Name).ToListAsync());
}

/// <summary>Everything the section 1 partial needs.</summary>
public sealed record AboutView(AboutForm Form, AboutChoices Choices, string Prefix);
