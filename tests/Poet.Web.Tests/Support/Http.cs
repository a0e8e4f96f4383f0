using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Poet.Web.Tests.Support;

public static class Http
{
    /// <summary>GETs the form page for its antiforgery token (or uses <paramref name="formUrl"/>), then POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, formUrl ?? url);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>POSTs multi-valued fields (repeated names) with the token from <paramref name="formUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, formUrl ?? url);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        var doc = await page.HtmlAsync();
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"No form with an antiforgery token at {url} ({(int)page.StatusCode})");
    }

    public static async Task<IHtmlDocument> HtmlAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    /// <summary>The messages in the GOV.UK error summary, in order.</summary>
    public static IReadOnlyList<string> ErrorSummary(this IDocument doc) =>
        doc.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;

    public static void AssertRedirect(this HttpResponseMessage response, string expectedPathStart)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect to {expectedPathStart} but got {(int)response.StatusCode}");
        Assert.StartsWith(expectedPathStart, response.Location());
    }
}
