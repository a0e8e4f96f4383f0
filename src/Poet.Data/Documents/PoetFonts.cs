using PdfSharp.Fonts;

namespace Poet.Data.Documents;

/// <summary>
/// PDFsharp reads no system fonts on Linux, so every family resolves to the DejaVu Sans faces shipped inside this
/// assembly. PDFsharp wants the resolver set once, before the first font is used, and always the same instance.
/// </summary>
public sealed class PoetFonts : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly PoetFonts Instance = new();
    private static readonly Lock Gate = new();

    public static void Register()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName)
    {
        var assembly = typeof(PoetFonts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Fonts.{faceName}.ttf", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
