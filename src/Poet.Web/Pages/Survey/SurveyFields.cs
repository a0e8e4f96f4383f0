namespace Poet.Web.Pages.Survey;

/// <summary>Model for _SurveyRadios: a GOV.UK radios fieldset. The first radio carries the field id the error summary links to.</summary>
public sealed record RadiosField(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Selected,
    string? Hint = null, string LegendClass = "govuk-fieldset__legend--m", string? Caption = null, IReadOnlyList<string?>? Pictures = null)
{
    public string Id => FieldId(Name);

    public static string FieldId(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
