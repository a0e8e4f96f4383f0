using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Poet.Bench;

/// <summary>
/// Browser: everyone starts at once and casts their votes one after another, loading the page each vote redirects to,
/// then tries one vote too many. Burst: every vote of every voter is sent at the same instant (the worst case).
/// </summary>
public enum VotePattern { Browser, Burst }

/// <summary>How the voting went from the voters' side: latency of each vote POST and page load (ms, sorted), the time from the
/// start to the last accepted vote, and what the server answered.</summary>
public sealed record VoteOutcome(double[] VoteMs, double[] PageMs, TimeSpan Wall, int Accepted, int Refused, int OverAllowanceRefused, List<string> Errors);

/// <summary>One anonymous participant: its own cookie jar (device key) and the antiforgery token from the session page.</summary>
public sealed partial class WorkshopVoter(Uri baseAddress, string code, int index) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    private string _token = "";

    public int Index => index;
    public string Session => $"/workshop/{code}/session";

    public async Task JoinAsync()
    {
        var token = Token(await (await _http.GetAsync($"/workshop/{code}")).Content.ReadAsStringAsync());
        var joined = await _http.PostAsync($"/workshop/{code}", Form(("Group", (1 + index % 4).ToString()), ("__RequestVerificationToken", token)));
        if (joined.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Join returned {(int)joined.StatusCode}");
        _token = Token(await (await _http.GetAsync(Session)).Content.ReadAsStringAsync());
    }

    /// <summary>Two votes on one outcome, two on the next, then one each on the next ones: never more than two on one outcome.</summary>
    public int CandidateFor(int vote) => 1 + (index + vote / 2) % WorkshopHarness.Candidates;

    public async Task<(HttpResponseMessage Response, double Ms)> VoteAsync(int candidateOrder, IReadOnlyList<int> candidateIds)
    {
        var timer = Stopwatch.StartNew();
        var response = await _http.PostAsync(Session + "?handler=vote", Form(("CandidateId", candidateIds[candidateOrder - 1].ToString()), ("__RequestVerificationToken", _token)));
        await response.Content.LoadIntoBufferAsync();
        return (response, timer.Elapsed.TotalMilliseconds);
    }

    public async Task<double> FollowAsync(HttpResponseMessage redirect)
    {
        var timer = Stopwatch.StartNew();
        (await _http.GetAsync(redirect.Headers.Location)).EnsureSuccessStatusCode();
        return timer.Elapsed.TotalMilliseconds;
    }

    public async Task<IReadOnlyList<int>> CandidateIdsAsync() =>
        CandidateId().Matches(await _http.GetStringAsync(Session)).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"outcome-(\\d+)\"")]
    private static partial Regex CandidateId();

    public void Dispose() => _http.Dispose();
}

public static class WorkshopVoters
{
    public static async Task<List<WorkshopVoter>> JoinAsync(Uri baseAddress, string code, int count)
    {
        var voters = Enumerable.Range(0, count).Select(i => new WorkshopVoter(baseAddress, code, i)).ToList();
        foreach (var batch in voters.Chunk(10)) await Task.WhenAll(batch.Select(v => v.JoinAsync()));
        return voters;
    }

    public static async Task<VoteOutcome> VoteAsync(List<WorkshopVoter> voters, VotePattern pattern, int votes)
    {
        var ids = await voters[0].CandidateIdsAsync();
        var (voteMs, pageMs, errors) = (new List<double>(), new List<double>(), new List<string>());
        var (accepted, refused, overRefused) = (0, 0, 0);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var wall = new Stopwatch();
        var lastAccepted = TimeSpan.Zero;

        void Count((HttpResponseMessage Response, double Ms) r)
        {
            lock (errors)
            {
                voteMs.Add(r.Ms);
                if (r.Response.StatusCode == HttpStatusCode.Redirect) (accepted, lastAccepted) = (accepted + 1, wall.Elapsed);
                else if (r.Response.StatusCode == HttpStatusCode.OK) refused++;
                else errors.Add($"HTTP {(int)r.Response.StatusCode}");
            }
        }

        async Task Browser(WorkshopVoter v)
        {
            await gate.Task;
            for (var n = 0; n < votes; n++)
            {
                var r = await v.VoteAsync(v.CandidateFor(n), ids);
                Count(r);
                if (r.Response.StatusCode == HttpStatusCode.Redirect)
                {
                    var ms = await v.FollowAsync(r.Response);
                    lock (errors) pageMs.Add(ms);
                }
            }
            var extra = await v.VoteAsync(v.CandidateFor(votes + 2), ids);
            lock (errors) overRefused += extra.Response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            if (extra.Response.StatusCode != HttpStatusCode.OK) lock (errors) errors.Add($"vote past the allowance answered {(int)extra.Response.StatusCode}");
        }

        async Task Burst(WorkshopVoter v, int n)
        {
            await gate.Task;
            Count(await v.VoteAsync(v.CandidateFor(n), ids));
        }

        var tasks = pattern == VotePattern.Browser
            ? voters.Select(v => Task.Run(() => Browser(v))).ToList()
            : voters.SelectMany(v => Enumerable.Range(0, votes).Select(n => Task.Run(() => Burst(v, n)))).ToList();
        await Task.Delay(200);
        wall.Start();
        gate.SetResult();
        await Task.WhenAll(tasks);
        return new VoteOutcome(voteMs.Order().ToArray(), pageMs.Order().ToArray(), lastAccepted, accepted, refused, overRefused, errors);
    }
}
