namespace Poet.Web.Pages.Rounds;

/// <summary>Every URL of the rounds feature, so pages and tests never hand-build them.</summary>
public static class RoundLinks
{
    public static string List(int pid) => $"/partnerships/{pid}/rounds";
    public static string New(int pid) => $"/partnerships/{pid}/rounds/new";
    public static string Dashboard(int pid, int rid) => $"/partnerships/{pid}/rounds/{rid}";
    public static string Settings(int pid, int rid) => $"{Dashboard(pid, rid)}/settings";
    public static string Templates(int pid, int rid) => $"{Dashboard(pid, rid)}/templates";
    public static string Open(int pid, int rid) => $"{Dashboard(pid, rid)}/open";
    public static string Close(int pid, int rid) => $"{Dashboard(pid, rid)}/close";
    public static string Instrument(int pid, int rid) => $"{Dashboard(pid, rid)}/instrument";
    public static string AddItem(int pid, int rid) => $"{Instrument(pid, rid)}/add";
    public static string RemoveItem(int pid, int rid, int itemId) => $"{Instrument(pid, rid)}/{itemId}/remove";
    public static string Roster(int pid, int rid) => $"{Dashboard(pid, rid)}/roster";
    public static string AddInvitee(int pid, int rid) => $"{Roster(pid, rid)}/add";
    public static string Import(int pid, int rid) => $"{Roster(pid, rid)}/import";
    public static string RemoveInvitee(int pid, int rid, int invitationId) => $"{Roster(pid, rid)}/{invitationId}/remove";
    public static string Invitations(int pid, int rid) => $"{Dashboard(pid, rid)}/invitations";
    public static string Materials(int pid, int rid) => $"{Dashboard(pid, rid)}/materials";
    public static string Paper(int pid, int rid) => $"{Dashboard(pid, rid)}/paper";
    public static string Report(int pid, int rid) => $"{Dashboard(pid, rid)}/report";
    public static string Thresholds(int pid, int rid) => $"{Report(pid, rid)}/thresholds";
    public static string Outcomes(int pid, int rid) => $"{Dashboard(pid, rid)}/outcomes";
    public static string Workshop(int pid, int rid) => $"{Dashboard(pid, rid)}/workshop";
    public static string National(int pid, int rid) => $"{Dashboard(pid, rid)}/national";
    public static string Benchmark(int pid, int rid) => $"{National(pid, rid)}/benchmark";
    public static string Partnership(int pid) => $"/partnerships/{pid}";
}
