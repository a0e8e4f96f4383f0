namespace Poet.Web.Infrastructure;

/// <summary>Model for Shared/_Select: a GOV.UK select whose first option is <paramref name="EmptyLabel"/> with an empty value.</summary>
public sealed record SelectField(string Name, string Label, string? Value, IReadOnlyList<(string Value, string Label)> Options,
    string EmptyLabel, string? Hint = null);
