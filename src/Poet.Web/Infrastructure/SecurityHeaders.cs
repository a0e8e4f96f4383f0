namespace Poet.Web.Infrastructure;

/// <summary>
/// CSP without inline script, and no Referer: survey URLs carry personal tokens. Over HTTPS (directly, or from a
/// trusted proxy's X-Forwarded-Proto) browsers are told to keep to HTTPS (HSTS). Every response from a page or
/// endpoint is <c>Cache-Control: no-store</c>: pages, rosters, reports, exports and survey pages may hold personal
/// or survey data, and a shared computer's cache must not keep them. Static files (CSS, JS, fonts) are not routed
/// and keep normal caching.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                               "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>One year, this host only: POET may live on a subdomain of an organisation whose other hosts are not all HTTPS.</summary>
    public const string Hsts = "max-age=31536000";

    public Task Invoke(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (context.Request.IsHttps) headers.StrictTransportSecurity = Hsts;
        context.Response.OnStarting(() =>
        {
            // Routed (pages, downloads, health) or re-executed as an error page; static files have no endpoint.
            if (context.GetEndpoint() is not null || context.Response.StatusCode >= 400)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
