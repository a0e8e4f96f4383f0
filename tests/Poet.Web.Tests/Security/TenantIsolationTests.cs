using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>
/// Walks every Razor Page whose route names a partnership, found at run time so pages added later are covered too,
/// and checks that people outside partnership A, or below the needed role, get nothing from it and change nothing in it.
/// </summary>
public partial class TenantIsolationTests(PoetApp app) : IClassFixture<PoetApp>
{
    private sealed record PageRoute(string Template, IReadOnlyList<string?> PostHandlers, bool CoordinatorOnly);

    private sealed record PartnershipA(int Pid, Dictionary<string, string> Ids);

    /// <summary>A constraint such as regex(^(pdf|docx)$): the first alternative is a URL the route accepts.</summary>
    [GeneratedRegex(@"regex\(\^\((?<first>[a-z0-9-]+)\|")]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Parameter();

    private async Task<List<PageRoute>> PartnershipRoutesAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var routes = new List<PageRoute>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || endpoint.RoutePattern.GetParameter("pid") is null) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var posts = compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).Distinct().ToList();
            var coordinatorOnly = (compiled.HandlerTypeInfo ?? compiled.PageTypeInfo).IsDefined(typeof(CoordinatorOnlyAttribute), inherit: true);
            routes.Add(new PageRoute(endpoint.RoutePattern.RawText!, posts.Count == 0 ? [null] : posts, coordinatorOnly));
        }
        return routes;
    }

    /// <summary>Partnership A with one of everything, so each route parameter can be given a real id of A's.</summary>
    private async Task<PartnershipA> CreatePartnershipAAsync()
    {
        var pid = await app.CreatePartnershipAsync("Partnership A " + Guid.NewGuid().ToString("N")[..6]);
        await app.CreateUserAsync(Scenario.NewEmail("a-coordinator"), partnershipId: pid);
        var rid = await app.AddRoundAsync(pid);
        var partner = await app.PartnerIdAsync(pid, "Council");
        var group = await app.GroupIdAsync(pid, "Nursing");
        var invitation = await app.AddInvitationAsync(rid, partner, group);
        await app.AddResponseAsync(rid, partner, group);
        var ids = await app.WithDbAsync(async db =>
        {
            var document = new PartnershipDocument { PartnershipId = pid, FileName = "a.txt", ContentType = "text/plain", Content = "A's minutes"u8.ToArray(), Length = 11, UploadedUtc = DateTime.UtcNow };
            db.Documents.Add(document);
            db.Audit.Add(new AuditEntry { AtUtc = DateTime.UtcNow, UserName = "a", PartnershipId = pid, Action = "test.seed" });
            await db.SaveChangesAsync();
            return new Dictionary<string, string>
            {
                ["round"] = rid.ToString(), ["doc"] = document.Id.ToString(), ["partner"] = partner.ToString(), ["group"] = group.ToString(),
                ["invitation"] = invitation.ToString(),
                ["member"] = (await db.Members.Where(m => m.PartnershipId == pid).Select(m => m.Id).FirstAsync()).ToString(),
                ["item"] = "1",
                ["response"] = (await db.Responses.Where(r => r.RoundId == rid).Select(r => r.Id).FirstAsync()).ToString(),
            };
        });
        return new PartnershipA(pid, ids);
    }

    /// <summary>pid = A, rid = A's round, other ids = A's entity of the kind the name suggests, else 1; optional parameters left out.</summary>
    private static string UrlFor(string template, PartnershipA a) => "/" + Parameter().Replace(template, m =>
    {
        if (m.Value.EndsWith("?}", StringComparison.Ordinal)) return "";
        if (m.Value.Contains(":guid", StringComparison.Ordinal)) return a.Ids.GetValueOrDefault("response") ?? Guid.NewGuid().ToString();
        if (Alternatives().Match(m.Value) is { Success: true } choice) return choice.Groups["first"].Value;
        var name = m.Groups["name"].Value.ToLowerInvariant();
        if (name == "pid") return a.Pid.ToString();
        string? kind = name switch
        {
            "rid" => "round",
            "did" => "doc",
            "oid" => "partner",
            "gid" => "group",
            "iid" => "invitation",
            "mid" => "member",
            _ => a.Ids.Keys.FirstOrDefault(k => name.Contains(k)) ?? (name.Contains("org") ? "partner" : name.Contains("prof") ? "group" : null),
        };
        return kind is null ? "1" : a.Ids[kind];
    });

    /// <summary>Everything stored for A, as text, to compare before and after.</summary>
    private Task<string> SnapshotAsync(int pid) => app.WithDbAsync(async db =>
    {
        var rounds = db.Rounds.Where(r => r.PartnershipId == pid).Select(r => r.Id);
        var data = new
        {
            Partnership = await db.Partnerships.AsNoTracking().Where(p => p.Id == pid)
                .Select(p => new { p.Name, p.Area, p.ClientGroup, p.PartnershipType, p.Governance, p.Frames, p.DepthBreadthNotes, p.StakeholderNotes }).SingleAsync(),
            Partners = await db.PartnerOrganisations.Where(o => o.PartnershipId == pid).OrderBy(o => o.Id).Select(o => o.Id + o.Name).ToListAsync(),
            Groups = await db.ProfessionalGroups.Where(g => g.PartnershipId == pid).OrderBy(g => g.Id).Select(g => g.Id + g.Name).ToListAsync(),
            Members = await db.Members.Where(m => m.PartnershipId == pid).OrderBy(m => m.Id).Select(m => m.UserId + m.Role).ToListAsync(),
            Documents = await db.Documents.Where(d => d.PartnershipId == pid).OrderBy(d => d.Id).Select(d => d.FileName + d.Length).ToListAsync(),
            Rounds = await db.Rounds.AsNoTracking().Where(r => r.PartnershipId == pid).OrderBy(r => r.Id)
                .Select(r => new { r.Title, r.Status, r.OpensOn, r.ClosesOn, r.ThresholdKind, r.ThresholdValue, r.InvitationSubject, r.InvitationBody, r.ReminderDays }).ToListAsync(),
            Items = await db.RoundItems.CountAsync(i => rounds.Contains(i.RoundId)),
            Invitations = await db.Invitations.Where(i => rounds.Contains(i.RoundId)).OrderBy(i => i.Id)
                .Select(i => i.Email + i.SendStatus + i.HasSubmitted + i.PartnerOrganisationId + i.ProfessionalGroupId).ToListAsync(),
            Responses = await db.Responses.Where(r => rounds.Contains(r.RoundId)).OrderBy(r => r.Id).Select(r => r.Id.ToString() + r.IsSubmitted).ToListAsync(),
            Audit = await db.Audit.CountAsync(e => e.PartnershipId == pid),
            Emails = await db.Emails.CountAsync(),
        };
        return JsonSerializer.Serialize(data);
    });

    [Fact]
    public async Task EveryPartnershipRoute_CoordinatorOfAnotherPartnership_GetsNotFoundAndChangesNothing()
    {
        var a = await CreatePartnershipAAsync();
        var (b, clientB, _) = await app.MemberAsync(PartnershipRole.Coordinator);
        var token = await Http.AntiforgeryTokenAsync(clientB, $"/partnerships/{b}/profile");
        var routes = await PartnershipRoutesAsync();
        var before = await SnapshotAsync(a.Pid);
        var leaks = new List<string>();

        foreach (var route in routes)
        {
            var url = UrlFor(route.Template, a);
            var get = await clientB.GetAsync(url);
            if (get.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden)) leaks.Add($"GET {url}: {(int)get.StatusCode}");
            foreach (var handler in route.PostHandlers)
            {
                var target = handler is null ? url : $"{url}?handler={handler}";
                var post = await clientB.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["id"] = a.Ids["partner"], ["memberId"] = a.Ids["member"], ["Name"] = "Taken over",
                    ["NewName"] = "Intruder", ["Area"] = "Nowhere", ["Email"] = "intruder@example.org", ["Role"] = "Coordinator", ["Title"] = "Intruder round",
                }));
                if (post.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden)) leaks.Add($"POST {target}: {(int)post.StatusCode}");
            }
        }

        Assert.Empty(leaks);
        Assert.Equal(before, await SnapshotAsync(a.Pid));
        // The walk must have found this feature's pages, or it proves nothing.
        Assert.Contains(routes, r => r.Template == "partnerships/{pid:int}/documents/{did:int}");
        Assert.Contains(routes, r => r.Template == "partnerships/{pid:int}/rounds/{rid:int}/national/benchmark");
        Assert.Contains(routes, r => r.Template == "partnerships/{pid:int}/rounds/{rid:int}/national/benchmark.pdf");
        Assert.True(routes.Count >= 8, $"Only {routes.Count} partnership routes found");
    }

    [Fact]
    public async Task SameToken_OnOwnPartnership_IsAccepted()
    {
        // Control for the walk above: the token and the form reach B's own page, so A's 404s come from the access filter.
        var (b, clientB, _) = await app.MemberAsync(PartnershipRole.Coordinator);
        var token = await Http.AntiforgeryTokenAsync(clientB, $"/partnerships/{b}/profile");
        var post = await clientB.PostAsync($"/partnerships/{b}/partners?handler=add",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["NewName"] = "Own partner" }));
        post.AssertRedirect($"/partnerships/{b}/partners");
    }

    [Fact]
    public async Task CoordinatorOnlyRoutes_Facilitator_GetsNotFound()
    {
        var a = await CreatePartnershipAAsync();
        var facilitator = await app.CreateUserAsync(Scenario.NewEmail("a-facilitator"), partnershipId: a.Pid, role: PartnershipRole.Facilitator);
        var client = await app.SignedInClientAsync(facilitator.Email!);
        var routes = (await PartnershipRoutesAsync()).Where(r => r.CoordinatorOnly).ToList();

        var reached = new List<string>();
        foreach (var route in routes)
        {
            var url = UrlFor(route.Template, a);
            var status = (await client.GetAsync(url)).StatusCode;
            if (status != HttpStatusCode.NotFound) reached.Add($"{url}: {(int)status}");
        }

        Assert.Empty(reached);
        Assert.Contains(routes, r => r.Template == "partnerships/{pid:int}/people");
        Assert.Contains(routes, r => r.Template == "partnerships/{pid:int}/rounds/{rid:int}/national/benchmark");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/partnerships/{a.Pid}")).StatusCode);
    }

    [Fact]
    public async Task EveryPartnershipRoute_Anonymous_RedirectsToSignIn()
    {
        var a = await CreatePartnershipAAsync();
        var client = app.NewClient();
        var notRedirected = new List<string>();

        foreach (var route in await PartnershipRoutesAsync())
        {
            var url = UrlFor(route.Template, a);
            var response = await client.GetAsync(url);
            if (response.Location()?.StartsWith("http://localhost/account/sign-in") != true) notRedirected.Add($"{url}: {(int)response.StatusCode}");
        }

        Assert.Empty(notRedirected);
    }
}
