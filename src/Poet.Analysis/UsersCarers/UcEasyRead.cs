namespace Poet.Analysis.UsersCarers;

/// <summary>
/// The easy-read wording of the user and carer questionnaire: short sentences, one idea each. The printed easy-read
/// form and the online pages in easy-read mode both take their text from here, so the two never drift apart.
/// Only the words differ from the standard form; the answers and how they are stored are the same.
/// </summary>
public static class UcEasyRead
{
    public const string Title = "What matters to you?";
    public static readonly string[] Introduction =
        ["We want to know what matters to you.", "We want to know if it happens.", "Do not write your name.", "You can skip a question."];

    public const string Who = "Who is filling this in?";
    public const string Services = "Which help do you get?";
    public const string ServicesHint = "Tick all the help you get.";
    public const string SupportLength = "How long have you had help?";
    public const string ImportanceQuestion = "Is this important to you?";
    public const string HappensQuestion = "Does this happen?";
    public const string TopThree = "Which 3 matter most?";
    public const string TopThreeHint = "Tick up to 3.";
    public const string Missing = "Is something missing from the list?";
    public const string MissingHint = "Tell us what else matters to you. Do not write names.";
    public const string Barriers = "What makes it hard to get help?";
    public const string BarriersHint = "Tick all that make it hard.";
    public const string BarrierOther = "Is something else hard?";
    public const string NoNames = "Do not write names.";
    public const string AgreeQuestion = "Do you agree?";
    public const string AnythingElse = "Is there anything else you want to tell us?";
    public const string AnythingElseHint = "Do not write names. Do not write phone numbers or addresses.";
    public const string CheckTitle = "Check your answers";
    public const string CheckWarning = "You cannot change your answers after you send them.";
    public const string DoneBody = "We will tell the services what people said. This helps them see what needs to change.";

    public static string Importance(string outcome) => $"{outcome}. {ImportanceQuestion}";
    public static string Happens(string outcome) => $"{outcome}. {HappensQuestion}";
    public static string Statement(string statement) => $"{statement}. {AgreeQuestion}";
}
