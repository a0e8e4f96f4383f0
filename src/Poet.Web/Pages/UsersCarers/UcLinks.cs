namespace Poet.Web.Pages.UsersCarers;

/// <summary>URLs of the user and carer phase, so no page builds them by hand.</summary>
public static class UcLinks
{
    public static string Phase(int pid) => $"/partnerships/{pid}/users-carers";
    public static string Override(int pid) => $"{Phase(pid)}/override";
    public static string Questionnaire(int pid) => $"{Phase(pid)}/questionnaire";
    public static string StaffPriorities(int pid) => $"{Phase(pid)}/staff-priorities";
    public static string Forms(int pid) => $"{Phase(pid)}/forms";
    public static string EasyRead(int pid) => $"{Phase(pid)}/easy-read";
    public static string EasyReadOutcome(int pid, int itemId) => $"{EasyRead(pid)}/{itemId}";
    public static string Postal(int pid) => $"{Phase(pid)}/postal";
    public static string PostalEntry(int pid, string? reference = null) =>
        $"{Phase(pid)}/postal/enter" + (reference is null ? "" : "?reference=" + Uri.EscapeDataString(reference));
    public static string PostalCompare(int pid, int formId) => $"{Phase(pid)}/postal/{formId}";
    public static string Interviews(int pid) => $"{Phase(pid)}/interviews";
    public static string NewInterview(int pid) => $"{Phase(pid)}/interviews/new";
    public static string Interview(int pid, int iid) => $"{Phase(pid)}/interviews/{iid}";
    public static string Report(int pid) => $"{Phase(pid)}/report";
    public static string Moderate(int pid) => $"{Report(pid)}/moderate";
    public static string LocalReport(int pid) => $"{Phase(pid)}/local-report";

    public const string CodeEntry = "/uc/code";
    public static string Online(string linkKey) => "/uc/" + Uri.EscapeDataString(linkKey);
}
