namespace Poet.Web.Pages.Rounds;

/// <summary>Model for Rounds/_DateInput.</summary>
public sealed record DateInputField(string Name, string Legend, string Hint, DateParts Value);
