using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Infrastructure;

/// <summary>
/// Walks every page reachable by links from the demo, as its coordinator, its facilitator and a host admin: every link
/// answers 200, and no page's text holds the copy faults issue 15 (item 9) found: "(s)", "0 of 0", a word doubled
/// ("partnership partnership") or a "%" with no number before it.
/// </summary>
public partial class DemoContentTests(PoetApp app) : IClassFixture<PoetApp>, IAsyncLifetime
{
    private const int MaxPages = 900;
    private string _password = "";

    public async Task InitializeAsync()
    {
        using var scope = app.Services.CreateScope();
        _password = await DemoData.SeedAsync(scope.ServiceProvider);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DemoPages_AsCoordinatorFacilitatorAndHost_EveryLinkAnswers200AndCopyIsClean()
    {
        var coordinator = await SignInAsync(DemoData.CoordinatorEmail, _password);
        var facilitator = await SignInAsync(DemoData.FacilitatorEmail, _password);
        await app.CreateUserAsync("host@content.test", hostAdmin: true);
        var host = await app.SignedInClientAsync("host@content.test");

        var problems = new List<string>();
        var visited = 0;
        foreach (var (who, client) in new[] { ("coordinator", coordinator), ("facilitator", facilitator), ("host", host) })
        {
            var (pages, found) = await CrawlAsync(client, "/partnerships", "/admin");
            visited += pages;
            problems.AddRange(found.Select(p => $"{who}: {p}"));
        }

        Assert.True(visited > 60, $"only {visited} pages were reached");
        Assert.True(problems.Count == 0, $"{problems.Count} problems on {visited} pages:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void CopyFaults_AreFoundInTheWordingIssue15Quoted()
    {   // The faults issue 15 item 9 quotes, each caught; and wording that must pass.
        Assert.NotEmpty(CopyFaults("7 interview(s)"));
        Assert.NotEmpty(CopyFaults("0 of 0 (%)"));
        Assert.NotEmpty(CopyFaults("the Riverside Older People's Partnership partnership"));
        Assert.NotEmpty(CopyFaults("Agree %"));
        Assert.NotEmpty(CopyFaults("%"));
        Assert.Empty(CopyFaults("% agree (of those with a view)"));
        Assert.Empty(CopyFaults("80% of 46 agree; 95% interval; 1 of 5"));
        Assert.Empty(CopyFaults("Council 36 36"));
    }

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = app.NewClient();
        (await client.PostFormAsync("/account/sign-in", new() { ["Email"] = email, ["Password"] = password })).AssertRedirect("/partnerships");
        return client;
    }

    /// <summary>Breadth first over same-site links from <paramref name="starts"/>; returns pages read and problems found.</summary>
    private static async Task<(int Pages, List<string> Problems)> CrawlAsync(HttpClient client, params string[] starts)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(starts);
        var queue = new Queue<(string Url, string From)>(starts.Select(s => (s, "start")));
        var pages = 0;
        while (queue.Count > 0 && pages < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            pages++;
            if (response.StatusCode == HttpStatusCode.NotFound && from == "start") continue; // /admin for non-admins
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found))
            {
                problems.Add($"{from} → {url}: {(int)response.StatusCode}");
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {   // a redirect (a download's "not ready", a page's canonical form) must land on a page that answers 200
                var location = response.Headers.Location?.OriginalString ?? "";
                if (location.StartsWith('/') && seen.Add(location.Split('#')[0])) queue.Enqueue((location.Split('#')[0], url));
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var doc = await response.HtmlAsync();
            foreach (var fault in PageFaults(doc)) problems.Add($"{url}: {fault}");
            foreach (var missing in MissingNavigation(url, doc)) problems.Add($"{url}: {missing}");
            if (doc.QuerySelector("form:not([novalidate])") is not null) problems.Add($"{url}: a form without novalidate, so the browser's bubbles replace POET's errors");
            foreach (var href in doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = href.Split('#')[0];
                if (target.Length == 0 || !target.StartsWith('/') || target.StartsWith("//")) continue;
                if (target.StartsWith("/account/sign-out", StringComparison.Ordinal)) continue;
                if (seen.Add(target)) queue.Enqueue((target, url));
            }
        }
        return (pages, problems);
    }

    /// <summary>Every page inside a partnership shows its navigation, and every page of a round the round's too (issue 15, item 5).</summary>
    private static IEnumerable<string> MissingNavigation(string url, IDocument doc)
    {
        if (!PartnershipPage().IsMatch(url) || doc.QuerySelector(".poet-projector") is not null) yield break;
        if (doc.QuerySelector("nav[aria-label='Partnership'] a[href]") is null) yield return "no partnership navigation";
        if (RoundPage().IsMatch(url) && doc.QuerySelector("nav[aria-label='Round'] #round-heading") is null) yield return "no round navigation";
    }

    /// <summary>Each block of text on its own, so adjacent table cells ("36", "36") never read as a doubled word.</summary>
    private static IEnumerable<string> PageFaults(IDocument doc)
    {
        var main = doc.QuerySelector("main") ?? doc.Body!;
        var blocks = main.QuerySelectorAll("p, li, h1, h2, h3, h4, td, th, dt, dd, label, legend, caption, .govuk-caption-l, .govuk-caption-m, .govuk-hint, a, button, summary");
        return blocks
            .Where(b => b.QuerySelector("p, li, td, th, dt, dd, table, ul, ol, div") is null)
            .SelectMany(b => CopyFaults(b.TextContent))
            .Distinct();
    }

    private static IEnumerable<string> CopyFaults(string text)
    {
        var t = Whitespace().Replace(text, " ").Trim();
        if (PluralS().IsMatch(t)) yield return $"\"(s)\" in \"{t}\"";
        if (ZeroOfZero().IsMatch(t)) yield return $"\"0 of 0\" in \"{t}\"";
        if (Doubled().Match(t) is { Success: true } d) yield return $"doubled \"{d.Value}\" in \"{t}\"";
        if (BarePercent().IsMatch(t)) yield return $"a \"%\" with no number in \"{t}\"";
    }

    [GeneratedRegex(@"^/partnerships/\d+(/|$|\?)")] private static partial Regex PartnershipPage();
    [GeneratedRegex(@"^/partnerships/\d+/rounds/\d+(/|$|\?)")] private static partial Regex RoundPage();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"\w\(s\)")] private static partial Regex PluralS();
    [GeneratedRegex(@"(?<!\d)0 of 0(?!\d)")] private static partial Regex ZeroOfZero();
    [GeneratedRegex(@"\b(\p{L}{2,})\s+\1\b", RegexOptions.IgnoreCase)] private static partial Regex Doubled();
    [GeneratedRegex(@"(?<![\d.])%(?! \p{L})")] private static partial Regex BarePercent();
}
