using System.Reflection;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Partnerships;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Shared;

/// <summary>A link in the partnership's navigation and the page it opens, whose [CoordinatorOnly] decides who sees it.</summary>
public sealed record NavLink(string Text, string Href, Type Page)
{
    /// <summary>The one rule for who may open a page is its model's attribute; the navigation only reads it.</summary>
    public bool OpensFor(bool isCoordinator) => isCoordinator || Page.GetCustomAttribute<CoordinatorOnlyAttribute>(inherit: true) is null;
}

/// <summary>A labelled group of a round's links ("Set up", "Run", "Results").</summary>
public sealed record NavGroup(string Title, IReadOnlyList<NavLink> Links);

/// <summary>
/// The one navigation every page under /partnerships/{pid} shows (issue 15, item 5), rendered by the layout
/// (<c>_PartnershipNav</c>) so no page can leave it out: the partnership's sections, the partnership settings
/// pages when one is open, and a round's pages, grouped, on every page of a round (report, outcomes and workshop
/// included). Pages a user may not open are not listed.
/// </summary>
public static class PartnershipNavigation
{
    public static IReadOnlyList<NavLink> Sections(int pid, bool isCoordinator) =>
    [
        new("Overview", PartnershipLinks.Overview(pid), typeof(OverviewModel)),
        new("Staff survey", RoundLinks.List(pid), typeof(ListModel)),
        new("Outcomes", $"/partnerships/{pid}/outcomes", typeof(Outcomes.PartnershipModel)),
        new("Users and carers", $"/partnerships/{pid}/users-carers", typeof(UsersCarers.IndexModel)),
        new("Contribution", Contribution.ContributionData.Index(pid), typeof(Contribution.IndexModel)),
        new("Q studies", PartnershipLinks.QStudies(pid), typeof(QStudies.IndexModel)),
        new("Documents", PartnershipLinks.Documents(pid), typeof(DocumentsModel)),
        .. SettingsPages(pid).Where(l => l.OpensFor(isCoordinator)).Take(1).Select(first => first with { Text = "Settings" }),
    ];

    public static IReadOnlyList<NavLink> SettingsPages(int pid) =>
    [
        new("Profile", PartnershipLinks.Profile(pid), typeof(ProfileModel)),
        new("Partner organisations", PartnershipLinks.Partners(pid), typeof(PartnersModel)),
        new("Professional groups", PartnershipLinks.Professions(pid), typeof(ProfessionsModel)),
        new("People", PartnershipLinks.People(pid), typeof(PeopleModel)),
        new("Audit log", PartnershipLinks.Audit(pid), typeof(AuditModel)),
    ];

    public static IReadOnlyList<NavGroup> RoundPages(int pid, int rid) =>
    [
        new("Set up", [
            new("Questions", RoundLinks.Instrument(pid, rid), typeof(Rounds.Instrument.IndexModel)),
            new("Roster", RoundLinks.Roster(pid, rid), typeof(Rounds.Roster.IndexModel)),
            new("Email templates", RoundLinks.Templates(pid, rid), typeof(TemplatesModel)),
            new("Round settings", RoundLinks.Settings(pid, rid), typeof(SettingsModel)),
            new("Printed materials", RoundLinks.Materials(pid, rid), typeof(MaterialsModel)),
        ]),
        new("Run", [
            new("Dashboard", RoundLinks.Dashboard(pid, rid), typeof(Rounds.IndexModel)),
            new("Invitations", RoundLinks.Invitations(pid, rid), typeof(Rounds.Invitations.IndexModel)),
            new("Paper returns", RoundLinks.Paper(pid, rid), typeof(Rounds.Paper.PaperIndexModel)),
        ]),
        new("Results", [
            new("Report", RoundLinks.Report(pid, rid), typeof(Reports.ReportModel)),
            new("Outcomes", RoundLinks.Outcomes(pid, rid), typeof(Outcomes.IndexModel)),
            new("Workshop", RoundLinks.Workshop(pid, rid), typeof(Workshop.RunModel)),
            new("National dataset", RoundLinks.National(pid, rid), typeof(NationalModel)),
            new("Benchmark", RoundLinks.Benchmark(pid, rid), typeof(BenchmarkModel)),
        ]),
    ];

    /// <summary>
    /// The link the page at <paramref name="path"/> belongs to: the longest link that is the path or a folder above it.
    /// The overview (a prefix of every page) counts only for itself.
    /// </summary>
    public static NavLink? Current(IEnumerable<NavLink> links, string path, string overview)
    {
        path = path.TrimEnd('/');
        return links
            .Where(l => path.Equals(l.Href, StringComparison.OrdinalIgnoreCase)
                        || (l.Href != overview && path.StartsWith(l.Href + "/", StringComparison.OrdinalIgnoreCase)))
            .MaxBy(l => l.Href.Length);
    }
}
