using System.Net;
using System.Text.RegularExpressions;
using Poet.Web.Pages.Survey;

namespace Poet.Bench;

/// <summary>
/// One personal link under kill -9, as its respondent saw it: what they post on each page (made once and posted again on
/// every retry, so a save that was in flight when the server died can only have stored these same values), which saves
/// and which submission the server acknowledged, and what looked lost. Pages are numbered in journey order: 0 the start
/// page, 1 about, then every page of sections 2 and 3 (<see cref="SurveyPages"/>), outcomes, check and done.
/// </summary>
public sealed class CrashJourney
{
    public const int Start = 0;
    public const string SubmittedHeading = "You have already submitted your answers. Thank you.";
    private readonly List<string> _tails;

    private CrashJourney(string token, List<string> tails, Dictionary<int, List<KeyValuePair<string, string>>> fields) =>
        (Token, _tails, Fields) = (token, tails, fields);

    /// <summary>A journey through every page of the round, with the fields it will post on each (made once).</summary>
    public static CrashJourney Create(string token, LoadRound round, Random random)
    {
        var tails = new List<string> { "", "/about" };
        var fields = new Dictionary<int, List<KeyValuePair<string, string>>> { [1] = Respondent.About(round, random) };
        foreach (var (path, items) in Respondent.SectionPages(round))
        {
            fields[tails.Count] = Respondent.Answers(items, random);
            tails.Add(path);
        }
        fields[tails.Count] = Respondent.Outcomes();
        tails.AddRange(["/outcomes", "/check", "/done"]);
        return new CrashJourney(token, tails, fields);
    }

    public int Check => _tails.Count - 2;
    public int Done => _tails.Count - 1;
    public int Outcomes => _tails.Count - 3;

    public string Token { get; }
    public string Link => "/survey/" + Token;
    /// <summary>The fields posted on each page that saves: 1 (about), the section pages and the outcomes page.</summary>
    public IReadOnlyDictionary<int, List<KeyValuePair<string, string>>> Fields { get; }
    /// <summary>Pages whose save the server acknowledged (302 to the next page).</summary>
    public SortedSet<int> Acknowledged { get; } = [];
    public int AcknowledgedSaves { get; set; }
    public int InDoubtSaves { get; set; }
    public bool SubmitAttempted { get; set; }
    public bool SubmitAcknowledged { get; set; }
    public int InDoubtSubmits { get; set; }
    /// <summary>A submission in flight when the server died, which the link then said was in ("already submitted").</summary>
    public bool ConfirmedByLink { get; set; }
    /// <summary>Acknowledged saves the server no longer had (sent back before them, or the page lacked the values).</summary>
    public List<string> Lost { get; } = [];
    public List<string> Anomalies { get; } = [];

    /// <summary>The submission the user believes is in: acknowledged, or confirmed by the link after an in-flight submit.</summary>
    public bool Submitted => SubmitAcknowledged || ConfirmedByLink;

    public string PathOf(int page) => Link + _tails[Math.Clamp(page, Start, Done)];

    /// <summary>The page a path of this link leads to, or -1 for anything else.</summary>
    public int PageOf(string? path) => path is null || !path.StartsWith(Link) ? -1 : _tails.IndexOf(path[Link.Length..].Split('?')[0]);

    /// <summary>Posted fields the page does not show as posted (empty when the page shows the saved answers).</summary>
    public List<string> Differences(int page, string html)
    {
        var shown = CrashPages.FormValues(html);
        return Fields[page].Where(f => f.Key != "Button" && (!shown.TryGetValue(f.Key, out var v) || v != f.Value))
            .Select(f => $"{f.Key}: posted {f.Value}, shown {shown.GetValueOrDefault(f.Key) ?? "nothing"}").ToList();
    }
}

/// <summary>Reads what a page shows without an HTML parser: the h1, and the values a browser would post from its form.</summary>
public static partial class CrashPages
{
    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1>", RegexOptions.Singleline)] private static partial Regex H1Tag();
    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.Singleline)] private static partial Regex InputTag();
    [GeneratedRegex(@"<textarea\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)] private static partial Regex TextareaTag();
    [GeneratedRegex(@"([\w-]+)(?:=""([^""]*)"")?", RegexOptions.Singleline)] private static partial Regex Attribute();

    public static string? H1(string html) => H1Tag().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).Trim() : null;

    public static Dictionary<string, string> FormValues(string html)
    {
        var values = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(html))
        {
            var a = Attributes(input.Value[6..^1]);
            if (a.GetValueOrDefault("name") is not { } name) continue;
            var type = a.GetValueOrDefault("type") ?? "text";
            if (type is "radio" or "checkbox" ? a.ContainsKey("checked") : type is not ("submit" or "button"))
                values[name] = a.GetValueOrDefault("value") ?? "";
        }
        foreach (Match textarea in TextareaTag().Matches(html))
        {
            if (Attributes(textarea.Groups[1].Value).GetValueOrDefault("name") is { } name)
                values[name] = WebUtility.HtmlDecode(textarea.Groups[2].Value);
        }
        return values;
    }

    private static Dictionary<string, string?> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string?>();
        foreach (Match m in Attribute().Matches(tag))
            attributes[m.Groups[1].Value] = m.Groups[2].Success ? WebUtility.HtmlDecode(m.Groups[2].Value) : null;
        return attributes;
    }
}

/// <summary>
/// A browser without JavaScript that keeps going while the server is killed and restarted. It follows the server's
/// redirects page by page (start, about, the pages of sections 2 and 3, outcomes, check, done). When a request fails (the server died under it, or
/// is not back yet) it waits a moment and starts again from its link, as a person would, and carries on wherever the
/// server sends it; on the way it checks that the server still has every save it acknowledged.
/// </summary>
public sealed class CrashRespondent(Uri baseAddress, LoadRound round, Func<string?> nextToken, int seed) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60),
    };
    private readonly Random _random = new(seed);

    public List<CrashJourney> Journeys { get; } = [];
    /// <summary>Requests that failed because the server was killed under them or was not up yet.</summary>
    public int FailedRequests { get; private set; }
    /// <summary>Unexpected answers from a running server (an HTTP status or a redirect the journey does not explain).</summary>
    public List<string> Errors { get; } = [];
    public int ResumeChecks { get; private set; }
    /// <summary>Running totals for progress lines (read from another thread, so kept apart from the journeys list).</summary>
    public int AcknowledgedSaves => Volatile.Read(ref _saves);
    public int AcknowledgedSubmissions => Volatile.Read(ref _submissions);
    private int _saves, _submissions;

    public async Task RunAsync(Func<bool> keepGoing)
    {
        while (keepGoing() && nextToken() is { } token)
        {
            var journey = CrashJourney.Create(token, round, _random);
            Journeys.Add(journey);
            await JourneyAsync(journey, keepGoing);
        }
    }

    private async Task JourneyAsync(CrashJourney j, Func<bool> keepGoing)
    {
        var location = j.Link;
        var failures = 0;
        while (keepGoing() && failures < 500)
        {
            int? inFlight = null;
            try
            {
                if (await StepAsync(j, location, p => inFlight = p) is not { } next) return;
                location = next;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failures++;
                FailedRequests++;
                if (inFlight is { } page)
                {
                    if (page == j.Check) j.InDoubtSubmits++;
                    else j.InDoubtSaves++;
                }
                await Task.Delay(250 + _random.Next(500));
                location = j.Link;
            }
            catch (UnexpectedAnswer e)
            {
                failures++;
                Errors.Add(e.Message);
                await Task.Delay(250 + _random.Next(500));
                location = j.Link;
            }
        }
    }

    /// <summary>GETs <paramref name="location"/> and acts on the page; returns where to go next, or null when the journey is over.</summary>
    private async Task<string?> StepAsync(CrashJourney j, string location, Action<int> posting)
    {
        var page = j.PageOf(location);
        if (page < 0) throw new UnexpectedAnswer($"sent to a page outside the journey: {Tail(j, location)}");
        var (status, redirect, html) = await GetAsync(location);
        if (status == HttpStatusCode.Redirect) return Absolute(redirect);
        if (status != HttpStatusCode.OK) throw new UnexpectedAnswer($"GET {Tail(j, location)} gave {(int)status}");

        switch (page)
        {
            case CrashJourney.Start:
                if (CrashPages.H1(html) == CrashJourney.SubmittedHeading)
                {
                    if (j.SubmitAcknowledged) return null;
                    if (j.InDoubtSubmits > 0) j.ConfirmedByLink = true;
                    else j.Anomalies.Add("the link said submitted, but no submission was ever sent");
                    return null;
                }
                var resumed = await PostAsync(j, location, [], html);
                var to = j.PageOf(resumed);
                if (j.Acknowledged.Count > 0)
                {
                    var last = j.Acknowledged.Max;
                    if (to <= last) j.Lost.Add($"sent back to page {to} after the save of page {last} was acknowledged");
                    else if (last < j.Check)
                    {
                        // Coming back after a failure: the page saved last must still show what was posted.
                        ResumeChecks++;
                        await CheckSavedAsync(j, last, "on resuming");
                    }
                }
                return resumed;
            case var saving when saving >= 1 && saving <= j.Outcomes:
                posting(page);
                var next = await PostAsync(j, location, j.Fields[page], html);
                if (next == j.PathOf(page + 1))
                {
                    j.Acknowledged.Add(page);
                    j.AcknowledgedSaves++;
                    Interlocked.Increment(ref _saves);
                }
                else j.Anomalies.Add($"saving page {page} led to {Tail(j, next)}");
                return next;
            case var check when check == j.Check:
                j.SubmitAttempted = true;
                posting(page);
                var done = await PostAsync(j, location, [], html);
                if (done == j.PathOf(j.Done))
                {
                    j.SubmitAcknowledged = true;
                    Interlocked.Increment(ref _submissions);
                    try { await GetAsync(done); }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                    return null;
                }
                // Another request of the same link submitted first: the start page says so.
                return done;
            default:
                if (!j.Submitted)
                {
                    if (j.InDoubtSubmits > 0) j.ConfirmedByLink = true;
                    else j.Anomalies.Add("the done page showed, but no submission was ever sent");
                }
                return null;
        }
    }

    /// <summary>GETs the page and records a lost save when it no longer shows what was posted.</summary>
    public async Task CheckSavedAsync(CrashJourney j, int page, string when)
    {
        var (status, redirect, html) = await GetAsync(j.PathOf(page));
        if (status != HttpStatusCode.OK)
        {
            j.Lost.Add($"{when}: page {page} gave {(int)status}{(redirect is null ? "" : " to " + Tail(j, redirect))}");
            return;
        }
        if (j.Differences(page, html) is { Count: > 0 } differences)
            j.Lost.Add($"{when}: page {page} shows {differences.Count} answers other than those saved, e.g. {differences[0]}");
    }

    private async Task<(HttpStatusCode Status, string? Location, string Html)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> PostAsync(CrashJourney j, string path, List<KeyValuePair<string, string>> fields, string form)
    {
        var antiforgery = Respondent.AntiforgeryToken(form) ?? throw new UnexpectedAnswer($"GET {Tail(j, path)} had no antiforgery token");
        using var response = await _http.PostAsync(path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", antiforgery)]));
        await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is null)
            throw new UnexpectedAnswer($"POST {Tail(j, path)} gave {(int)response.StatusCode}");
        return Absolute(response.Headers.Location.OriginalString)!;
    }

    private static string? Absolute(string? location) =>
        location is not null && Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http") ? uri.PathAndQuery : location;

    // Paths carry tokens; messages keep only the page.
    private static string Tail(CrashJourney j, string? path) => path is null ? "(nowhere)" : path.StartsWith(j.Link) ? "link" + path[j.Link.Length..] : path;

    public void Dispose() => _http.Dispose();

    private sealed class UnexpectedAnswer(string message) : Exception(message);
}
