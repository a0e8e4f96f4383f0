using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Poet.Web.Infrastructure;

public static class ErrorOrder
{
    /// <summary>
    /// Errors in the order their fields appear on the page (GOV.UK asks for this), taken as the order in which the
    /// page model declares its properties; ModelState itself enumerates in key order, not insertion order.
    /// Keys that match no property (page-level errors) come first.
    /// </summary>
    public static IEnumerable<(string Key, string Message)> InPageOrder(ModelStateDictionary state, object? model)
    {
        var order = model?.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .OrderBy(p => p.MetadataToken).Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i) ?? [];
        return state
            .SelectMany(e => (e.Value?.Errors ?? []).Select(err => (Key: e.Key, Message: err.ErrorMessage)))
            .OrderBy(e => order.TryGetValue(RootName(e.Key), out var i) ? i : -1)
            .ThenBy(e => IndexIn(e.Key))
            .ToList();
    }

    private static string RootName(string key) => key.Split('.', '[')[0];

    private static int IndexIn(string key)
    {
        var open = key.IndexOf('[');
        var close = key.IndexOf(']');
        return open >= 0 && close > open && int.TryParse(key.AsSpan(open + 1, close - open - 1), out var n) ? n : 0;
    }
}
