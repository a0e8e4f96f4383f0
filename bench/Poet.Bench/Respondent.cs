using System.Diagnostics;
using System.Net;
using Poet.Web.Pages.Survey;

namespace Poet.Bench;

public enum RequestKind { Get, Start, Save, Submit }

/// <summary>One timed request: when it started (Stopwatch ticks since the run began) and how long it took.</summary>
public readonly record struct Sample(RequestKind Kind, long StartTicks, long Ticks, bool Ok);

/// <summary>
/// A browser without JavaScript: its own cookies, redirects followed by hand so the GET that follows each POST
/// is the next form (and gives the antiforgery token, as it would in a browser). One journey per token:
/// start → about → the pages of section 2 → of section 3 → outcomes → check → submit → done.
/// </summary>
/// With <paramref name="think"/>, the respondent pauses that long on every page before saving it (open-loop runs).
public sealed class Respondent(Uri baseAddress, LoadRound round, Func<string?> nextToken, Stopwatch clock, int seed, Func<Random, TimeSpan>? think = null) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60),
    };
    private readonly Random _random = new(seed);

    public List<Sample> Samples { get; } = new(4096);
    public List<string> Errors { get; } = [];
    public int Submitted { get; private set; }

    public async Task RunAsync(Func<bool> keepGoing)
    {
        while (keepGoing() && nextToken() is { } token)
        {
            try
            {
                if (await JourneyAsync("/survey/" + token, keepGoing)) Submitted++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JourneyException)
            {
                Errors.Add(e.Message);
            }
        }
    }

    /// <summary>One journey with the next link (an open-loop arrival).</summary>
    public async Task RunOnceAsync(Func<bool> keepGoing)
    {
        if (nextToken() is not { } token) return;
        try
        {
            if (await JourneyAsync("/survey/" + token, keepGoing)) Submitted++;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JourneyException)
        {
            Errors.Add(e.Message);
        }
    }

    /// <summary>True when the server acknowledged the submission (redirect to the done page). Stops between pages when time is up.</summary>
    private async Task<bool> JourneyAsync(string link, Func<bool> keepGoing)
    {
        var form = await GetFormAsync(link);
        var next = await PostAsync(RequestKind.Start, link, [], form, link + "/about");
        List<(string Path, RequestKind Kind, List<KeyValuePair<string, string>> Fields)> pages =
        [
            (link + "/about", RequestKind.Save, About(round, _random)),
            .. SectionPages(round).Select(page => (link + page.Path, RequestKind.Save, Answers(page.Items, _random))),
            (link + "/outcomes", RequestKind.Save, Outcomes()),
            (link + "/check", RequestKind.Submit, []),
        ];
        var expected = pages.Skip(1).Select(p => p.Path).Append(link + "/done").ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            if (!keepGoing()) return false;
            if (next != pages[p].Path) throw new JourneyException($"expected to be sent to {Tail(pages[p].Path)}, was sent to {Tail(next)}");
            form = await GetFormAsync(next);
            if (think is not null)
            {
                await Task.Delay(think(_random));
                if (!keepGoing()) return false;
            }
            next = await PostAsync(pages[p].Kind, pages[p].Path, pages[p].Fields, form, expected[p]);
        }
        await TimedAsync(RequestKind.Get, () => _http.GetAsync(next));
        return true;
    }

    private async Task<string> GetFormAsync(string path)
    {
        var (response, html) = await TimedAsync(RequestKind.Get, () => _http.GetAsync(path));
        if (response.StatusCode != HttpStatusCode.OK) throw new JourneyException($"GET {Tail(path)} gave {(int)response.StatusCode}");
        return AntiforgeryToken(html) ?? throw new JourneyException($"GET {Tail(path)} had no antiforgery token");
    }

    private async Task<string> PostAsync(RequestKind kind, string path, List<KeyValuePair<string, string>> fields, string antiforgery, string expected)
    {
        fields.Add(new("__RequestVerificationToken", antiforgery));
        var (response, _) = await TimedAsync(kind, () => _http.PostAsync(path, new FormUrlEncodedContent(fields)));
        var location = response.Headers.Location?.OriginalString;
        if ((int)response.StatusCode is < 300 or >= 400 || location != expected)
            throw new JourneyException($"POST {Tail(path)} gave {(int)response.StatusCode} to {Tail(location)}");
        return location;
    }

    private async Task<(HttpResponseMessage, string)> TimedAsync(RequestKind kind, Func<Task<HttpResponseMessage>> send)
    {
        var started = clock.ElapsedTicks;
        var ok = false;
        try
        {
            var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            ok = (int)response.StatusCode is >= 200 and < 400;
            return (response, body);
        }
        finally
        {
            Samples.Add(new Sample(kind, started, clock.ElapsedTicks - started, ok));
        }
    }

    /// <summary>Every page of sections 2 and 3 as the survey splits them (<see cref="SurveyPages"/>): its path under the link and its statements.</summary>
    internal static IEnumerable<(string Path, IReadOnlyList<int> Items)> SectionPages(LoadRound round) =>
        new[] { (Section: 2, Items: round.Section2), (Section: 3, Items: round.Section3) }.SelectMany(s =>
            Enumerable.Range(1, SurveyPages.Count(s.Items.Count)).Select(p => (SurveyJourney.PagePath("", s.Section, p), SurveyPages.Page(s.Items, p))));

    internal static List<KeyValuePair<string, string>> About(LoadRound round, Random random) =>
    [
        new("Form.RoleTitle", "Family support worker"),
        new("Form.Employer", round.Partners[random.Next(round.Partners.Count)].ToString()),
        new("Form.Group", random.Next(6) == 0 ? "other" : round.Groups[random.Next(round.Groups.Count)].ToString()),
    ];

    /// <summary>Every statement answered; about one in five with a comment, as the pilot's free text suggests.</summary>
    internal static List<KeyValuePair<string, string>> Answers(IReadOnlyList<int> items, Random random)
    {
        var fields = new List<KeyValuePair<string, string>>(items.Count * 3);
        for (var n = 0; n < items.Count; n++)
        {
            fields.Add(new($"Answers[{n}].RoundItemId", items[n].ToString()));
            fields.Add(new($"Answers[{n}].Value", random.Next(1, 6).ToString()));
            if (random.Next(5) == 0) fields.Add(new($"Answers[{n}].Comment", "Colleagues from other agencies are quick to help when a family is in crisis."));
        }
        return fields;
    }

    internal static List<KeyValuePair<string, string>> Outcomes() =>
    [
        new("Rows[0].Outcome", "Families only have to tell their story once"),
        new("Rows[0].Rationale", "One shared assessment and record, so information follows the family between teams."),
        new("Button", "continue"),
    ];

    /// <summary>The value of the form's hidden __RequestVerificationToken input, found without an HTML parser to keep the client cheap.</summary>
    public static string? AntiforgeryToken(string html)
    {
        var name = html.IndexOf("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);
        if (name < 0) return null;
        var tagStart = html.LastIndexOf('<', name);
        var tagEnd = html.IndexOf('>', name);
        var value = html.IndexOf("value=\"", tagStart, tagEnd - tagStart, StringComparison.Ordinal);
        if (value < 0) return null;
        value += "value=\"".Length;
        return html[value..html.IndexOf('"', value)];
    }

    // Paths carry tokens; error messages keep only the page.
    private static string Tail(string? path) => path is null ? "(nowhere)" : path.StartsWith("/survey/") && path.IndexOf('/', 8) is var i and > 0 ? path[i..] : path.StartsWith("/survey/") ? "start page" : path;

    public void Dispose() => _http.Dispose();

    private sealed class JourneyException(string message) : Exception(message);
}
