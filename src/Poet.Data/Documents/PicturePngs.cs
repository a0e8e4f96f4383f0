namespace Poet.Data.Documents;

/// <summary>
/// The easy-read pictures as PNGs for the PDF (PDFsharp draws no SVG), rasterised from the same OpenMoji SVGs the pages
/// show by <c>scripts/vendor-openmoji.sh</c> and shipped inside this assembly.
/// </summary>
public static class PicturePngs
{
    public static bool Has(string id) => Resource(id) is not null;

    public static byte[] Bytes(string id)
    {
        var assembly = typeof(PicturePngs).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource(id) ?? throw new ArgumentException($"No picture {id}", nameof(id)))!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string? Resource(string id) =>
        typeof(PicturePngs).Assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith($".Documents.Pictures.{id}.png", StringComparison.Ordinal));
}
