using System.Xml.Linq;
using Poet.Analysis.Text;

namespace Poet.Web.Infrastructure;

/// <summary>The inline SVG charts' one way out: text and attribute values pass <see cref="PlainText.Clean"/>, which XML requires.</summary>
public static class CleanXml
{
    public static string ToCleanString(this XElement element)
    {
        foreach (var text in element.DescendantNodes().OfType<XText>()) text.Value = PlainText.Clean(text.Value);
        foreach (var attribute in element.DescendantsAndSelf().SelectMany(e => e.Attributes())) attribute.Value = PlainText.Clean(attribute.Value);
        return element.ToString(SaveOptions.DisableFormatting);
    }
}
