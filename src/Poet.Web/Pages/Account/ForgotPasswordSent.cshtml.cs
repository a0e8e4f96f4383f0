using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Account;

/// <summary>Where every "Forgotten your password?" request lands, whether or not an account uses the address.</summary>
public class ForgotPasswordSentModel(IOptions<ResetLinkTokenProviderOptions> links) : PageModel
{
    public static string MessageFor(TimeSpan lifetime) =>
        $"If an account uses that address, we have sent a link to reset its password. The link works once, for {ResetLinkTokenProvider.Describe(lifetime)}.";

    public string Message => MessageFor(links.Value.TokenLifespan);

    public void OnGet()
    {
    }
}
