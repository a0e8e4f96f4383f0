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
        var properties = model?.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public).ToDictionary(p => p.Name) ?? [];
        var order = Order(properties.Values);
        return state
            .SelectMany(e => (e.Value?.Errors ?? []).Select(err => (Key: e.Key, Message: err.ErrorMessage)))
            .OrderBy(e => order.TryGetValue(RootName(e.Key), out var i) ? i : -1)
            .ThenBy(e => IndexIn(e.Key))
            .ThenBy(e => SubIndex(properties, e.Key))
            .ToList();
    }

    private static Dictionary<string, int> Order(IEnumerable<PropertyInfo> properties) =>
        properties.OrderBy(p => p.MetadataToken).Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);

    /// <summary>For "Form.Field", the place of Field among the properties of Form's type (a form class's fields in page order).</summary>
    private static int SubIndex(Dictionary<string, PropertyInfo> properties, string key)
    {
        var parts = key.Split('.');
        if (parts.Length < 2 || !properties.TryGetValue(RootName(key), out var root)) return -1;
        var child = parts[1].Split('[')[0];
        return Order(root.PropertyType.GetProperties(BindingFlags.Instance | BindingFlags.Public)).TryGetValue(child, out var i) ? i : -1;
    }

    private static string RootName(string key) => key.Split('.', '[')[0];

    private static int IndexIn(string key)
    {
        var open = key.IndexOf('[');
        var close = key.IndexOf(']');
        return open >= 0 && close > open && int.TryParse(key.AsSpan(open + 1, close - open - 1), out var n) ? n : 0;
    }
}
