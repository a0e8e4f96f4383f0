namespace Poet.Web.Pages.Uc;

/// <summary>Model for _UcCheckboxes: a GOV.UK checkboxes fieldset; the first box carries the id the error summary links to.</summary>
public sealed record CheckboxesField(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlySet<string> Selected,
    string? Hint = null, string LegendClass = "govuk-fieldset__legend--l", bool LegendIsHeading = true, IReadOnlyList<string?>? Pictures = null)
{
    public string Id => Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
