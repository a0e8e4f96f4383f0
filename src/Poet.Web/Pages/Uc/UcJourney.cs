namespace Poet.Web.Pages.Uc;

/// <summary>
/// The online questionnaire's pages in order, one thing per page: who is answering, the support received,
/// each outcome, the three that matter most, anything missing from the list, barriers, each statement, anything else, then check and send.
/// Easy read asks one question a page (easy-read guidance: one idea a page), so how long someone has had help and whether
/// each outcome happens get pages of their own.
/// </summary>
public sealed class UcJourney(string linkKey, int outcomes, int statements, bool easyRead = false)
{
    public const string Who = "who";
    public const string Support = "support";
    public const string TopThree = "top-three";
    public const string Missing = "missing";
    public const string Barriers = "barriers";
    public const string AnythingElse = "anything-else";
    public const string Check = "check";
    public const string Done = "done";

    public const string SupportLength = "support/length";

    public static string Outcome(int n) => $"outcome/{n}";
    public static string Happens(int n) => $"outcome/{n}/happens";
    public static string Statement(int n) => $"statement/{n}";

    public IReadOnlyList<string> Steps { get; } =
    [
        Who, Support, .. (easyRead ? [SupportLength] : Array.Empty<string>()),
        .. Enumerable.Range(1, outcomes).SelectMany(n => easyRead ? [Outcome(n), Happens(n)] : new[] { Outcome(n) }), TopThree, Missing, Barriers,
        .. Enumerable.Range(1, statements).Select(Statement), AnythingElse, Check,
    ];

    public bool EasyRead => easyRead;

    public string Start => "/uc/" + Uri.EscapeDataString(linkKey);

    public string Path(string step) => $"{Start}/{step}";

    public string Next(string step) => Path(Steps[Math.Min(Steps.Count - 1, IndexOf(step) + 1)]);

    public string Previous(string step) => IndexOf(step) <= 0 ? Start : Path(Steps[IndexOf(step) - 1]);

    /// <summary>"Question 3 of 14" for the progress line; the check page is not a question.</summary>
    public string Progress(string step) => $"Question {IndexOf(step) + 1} of {Steps.Count - 1}";

    public StepView At(string step) => new(this, step);

    private int IndexOf(string step) => Math.Max(0, Steps.ToList().IndexOf(step));
}

/// <summary>Model for _Step.</summary>
public sealed record StepView(UcJourney Journey, string Step);
