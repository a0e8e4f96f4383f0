namespace Poet.Web.Infrastructure;

/// <summary>Model for Shared/_Input: a GOV.UK text input with its label, hint and error message.</summary>
public sealed record InputField(string Name, string Label, string? Value = null, string Type = "text", string? Hint = null,
    string? Autocomplete = null, string? CssClass = null, bool LabelIsPageHeading = false, string? InputMode = null);

/// <summary>Model for Shared/_Textarea.</summary>
public sealed record TextareaField(string Name, string Label, string? Value = null, string? Hint = null, int Rows = 5, int? MaxLength = null);
