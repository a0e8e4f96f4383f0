namespace Poet.Web.Pages.Partnerships;

/// <summary>The sections of a partnership, in the order the secondary navigation shows them.</summary>
/// <summary>URLs of a partnership's pages, so no page builds them by hand.</summary>
public static class PartnershipLinks
{
    public const string List = "/partnerships";
    public const string New = "/partnerships/new";

    public static string Overview(int pid) => $"/partnerships/{pid}";
    public static string Profile(int pid) => $"/partnerships/{pid}/profile";
    public static string Partners(int pid) => $"/partnerships/{pid}/partners";
    public static string Professions(int pid) => $"/partnerships/{pid}/professions";
    public static string People(int pid) => $"/partnerships/{pid}/people";
    public static string Documents(int pid) => $"/partnerships/{pid}/documents";
    public static string Document(int pid, int did) => $"/partnerships/{pid}/documents/{did}";
    public static string Audit(int pid) => $"/partnerships/{pid}/audit";
    public static string NewRound(int pid) => $"/partnerships/{pid}/rounds/new";
    public static string Round(int pid, int rid) => $"/partnerships/{pid}/rounds/{rid}";
    public static string QStudies(int pid) => $"/partnerships/{pid}/q-studies";
}
