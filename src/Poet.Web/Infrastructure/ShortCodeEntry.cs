using Microsoft.AspNetCore.Mvc.ModelBinding;
using Poet.Data;

namespace Poet.Web.Infrastructure;

/// <summary>The first step every printed-code page shares: a typed code, normalised, or an error naming the problem.</summary>
public static class ShortCodeEntry
{
    public const string NotRecognised = "That code is not recognised. Check it and try again";

    /// <summary>The code in its canonical form, or null after adding the error for <paramref name="field"/>.</summary>
    public static string? Normalise(ModelStateDictionary modelState, string field, string? typed, string enterCodeMessage)
    {
        var normalised = AccessCodes.NormaliseShortCode(typed);
        if (normalised is null) modelState.AddModelError(field, string.IsNullOrWhiteSpace(typed) ? enterCodeMessage : NotRecognised);
        return normalised;
    }
}
