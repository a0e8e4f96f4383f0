namespace Poet.Web.Pages.QStudies;

/// <summary>URLs of the Q study pages, for facilitators and for participants.</summary>
public static class QStudyLinks
{
    public static string Index(int pid) => $"/partnerships/{pid}/q-studies";
    public static string New(int pid) => $"{Index(pid)}/new";
    public static string Study(int pid, int sid) => $"{Index(pid)}/{sid}";
    public static string Edit(int pid, int sid) => $"{Study(pid, sid)}/edit";
    public static string Codes(int pid, int sid) => $"{Study(pid, sid)}/codes";
    public static string Import(int pid, int sid) => $"{Study(pid, sid)}/import";
    public static string Sorts(int pid, int sid) => $"{Study(pid, sid)}/sorts";
    public static string Sort(int pid, int sid, Guid sortId) => $"{Sorts(pid, sid)}/{sortId}";
    public static string Questions(int pid, int sid) => $"{Study(pid, sid)}/questions";
    public static string Answers(int pid, int sid) => $"{Study(pid, sid)}/answers";
    public static string Analysis(int pid, int sid, string query = "") => $"{Study(pid, sid)}/analysis{query}";
    public static string Report(int pid, int sid, string query = "") => $"{Study(pid, sid)}/report{query}";
    public static string File(int pid, int sid, string name, string query = "") => $"{Study(pid, sid)}/files/{name}{query}";

    public const string CodeEntry = "/q/code";
    public static string Start(string key) => "/q/" + Uri.EscapeDataString(key);
}
