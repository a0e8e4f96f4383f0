using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

/// <summary>A participant going through /q/{key}, step by step.</summary>
public static class QSortFlow
{
    /// <summary>Grid columns of the lipset grid, lowest first: statement i goes to Distribution[i - 1].</summary>
    public static int[] Distribution(int[] counts)
    {
        var lowest = -(counts.Length / 2);
        return counts.SelectMany((c, i) => Enumerable.Repeat(lowest + i, c)).ToArray();
    }

    /// <summary>The start page's consent answer: "QuoteWithoutRole" (reasons may be quoted outside the team) or "TeamOnly".</summary>
    public static Dictionary<string, string> Consent(string consent = "QuoteWithoutRole") => new() { ["Consent"] = consent };

    public static async Task<HttpClient> StartAsync(this PoetApp app, QSetup setup, string consent = "QuoteWithoutRole")
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync($"/q/{setup.Key}", Consent(consent));
        response.AssertRedirect($"/q/{setup.Key}/about");
        return client;
    }

    public static async Task AboutAsync(this HttpClient client, QSetup setup, string role = "Staff") =>
        (await client.PostFormAsync($"/q/{setup.Key}/about", new Dictionary<string, string> { ["Role"] = role })).AssertRedirect($"/q/{setup.Key}/piles");

    public static async Task PilesAsync(this HttpClient client, QSetup setup) =>
        (await client.PostFormAsync($"/q/{setup.Key}/piles", Enumerable.Range(1, setup.Statements.Count)
            .ToDictionary(i => $"Piles[{i}]", i => i % 3 == 0 ? "AgreeMore" : i % 3 == 1 ? "Neutral" : "AgreeLess")))
        .AssertRedirect($"/q/{setup.Key}/grid");

    public static Dictionary<string, string> GridFields(int[] columns) =>
        columns.Select((c, i) => (c, i)).ToDictionary(x => $"Columns[{x.i + 1}]", x => x.c.ToString());

    public static async Task GridAsync(this HttpClient client, QSetup setup, int[] columns) =>
        (await client.PostFormAsync($"/q/{setup.Key}/grid", GridFields(columns))).AssertRedirect($"/q/{setup.Key}/why");

    /// <summary>Through the reasons step to the review page, with a reason for statement 1 if it is at an end.</summary>
    public static async Task WhyAsync(this HttpClient client, QSetup setup, Dictionary<string, string>? comments = null)
    {
        var response = await client.PostFormAsync($"/q/{setup.Key}/why", comments ?? []);
        response.AssertRedirect($"/q/{setup.Key}/check");
    }

    /// <summary>Submits on the review page and opens the done page; returns the study code it shows.</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, QSetup setup)
    {
        var response = await client.PostFormAsync($"/q/{setup.Key}/check", []);
        response.AssertRedirect($"/q/{setup.Key}/done");
        var done = await (await client.GetAsync(response.Location())).HtmlAsync();
        return done.QuerySelector("#sort-code")?.TextContent.Trim() ?? throw new InvalidOperationException("The done page shows no study code");
    }

    /// <summary>A participant through every step to submission (statement 1 at the lowest column, with <paramref name="reason"/>); returns the study code.</summary>
    public static async Task<string> SortAsync(this PoetApp app, QSetup setup, string role = "Staff", string? reason = null, string consent = "QuoteWithoutRole",
        Dictionary<string, string>? before = null, Dictionary<string, string>? after = null)
    {
        var client = await app.StartAsync(setup, consent);
        var about = new Dictionary<string, string>(before ?? []) { ["Role"] = role };
        (await client.PostFormAsync($"/q/{setup.Key}/about", about)).AssertRedirect($"/q/{setup.Key}/piles");
        await client.PilesAsync(setup);
        await client.GridAsync(setup, Distribution(QStudyFixture.LipsetCounts));
        var why = new Dictionary<string, string>(after ?? []);
        if (reason is not null) why["Comments[1]"] = reason;
        await client.WhyAsync(setup, why);
        return await client.SubmitAsync(setup);
    }
}
