using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages;

/// <summary>The one page for anything that went wrong; it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel(TimeProvider clock) : PageModel
{
    public const string TooManyAttempts = "Too many attempts";
    public const string TryAgainLater = "Wait a minute, then try again.";

    public string Title { get; private set; } = "Sorry, there is a problem with POET";
    public string Message { get; private set; } = "Something went wrong on our side. Nothing you had already saved has been lost. Please try again in a few minutes.";

    public void OnGet(int? code) => Describe(code ?? ClientErrorSetByExceptionHandler());

    public void OnPost(int? code) => Describe(code ?? ClientErrorSetByExceptionHandler());

    /// <summary>A bad request that threw (e.g. an upload over the request size limit) arrives here with its 4xx status already set.</summary>
    private int? ClientErrorSetByExceptionHandler() => Response.StatusCode is >= 400 and < 500 ? Response.StatusCode : null;

    private void Describe(int? code)
    {
        switch (code)
        {
            case 404:
                Title = "Page not found";
                Message = "If you typed the web address, check it is correct. If you followed a link, it may belong to something you do not have access to.";
                break;
            case 400:
                // Antiforgery failures and uploads cut off at the request size limit both end here.
                Title = "Your request could not be understood";
                Message = "If you were uploading a file, it may be too large: documents can be up to 10 MB and staff lists up to 5 MB. " +
                          "Otherwise the form may have expired. Go back, reload the page and try again.";
                break;
            case 403:
                Title = "You do not have access to this page";
                Message = "Ask your partnership's coordinator or the POET host if you think you should.";
                break;
            case 413:
                Title = "The file is too large";
                Message = "Choose a smaller file and try again.";
                break;
            case 429:
                // Every limit (sign-in, access codes, join codes) counts in one-minute windows: the next one starts within a minute.
                Title = TooManyAttempts;
                Message = TryAgainLater;
                Response.Headers.RetryAfter = SharedRateLimits.SecondsLeftInWindow(clock).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
        if (code is >= 400 and < 500) Response.StatusCode = code.Value;
    }
}
