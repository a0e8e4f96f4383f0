namespace Poet.Web.Pages.Rounds.Roster;

/// <summary>Model for Roster/_Choices: radios named <see cref="Name"/>, with (value, label) options.</summary>
public sealed record RadioChoices(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Selected);
