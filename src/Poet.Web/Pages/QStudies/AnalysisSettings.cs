using System.Globalization;
using System.Text;
using Poet.Analysis.QMethod;

namespace Poet.Web.Pages.QStudies;

/// <summary>
/// The analyst's choices, carried in the query string so the analysis page, the report and every export show
/// the same analysis: ?factors=2&amp;extraction=pca&amp;rotation=varimax[&amp;orientation=qmethod], hand rotations in order as
/// rotate=1,2:15 (<see cref="HandRotation"/>'s notation), and with flagging=manual the full set of flags as flag=sort-factor (1-based).
/// </summary>
public sealed record AnalysisSettings(int? Factors, ExtractionMethod Extraction, RotationMethod Rotation, bool Manual, IReadOnlySet<(int Sort, int Factor)> Flags)
{
    public const int MaxFactors = 7;

    /// <summary>?orientation=qmethod: centroid factors left as extracted, as qmethod 1.8.4 leaves them (issue 16).</summary>
    public bool KeepQmethodOrientation { get; init; }

    /// <summary>?rotate=1,2:15, repeated: hand rotations as written, in order; read by <see cref="HandRotations"/>.</summary>
    public IReadOnlyList<string> Rotations { get; init; } = [];

    /// <summary>The hand rotations.</summary>
    /// <exception cref="QMethodInputException">One is not written as two factors and an angle.</exception>
    public IReadOnlyList<HandRotation> HandRotations() => Rotations.Select(HandRotation.Parse).ToArray();

    /// <summary>Settings from a stored query string, as <see cref="Query"/> writes it.</summary>
    public static AnalysisSettings Parse(string query) =>
        From(new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)));

    public static AnalysisSettings From(IQueryCollection query)
    {
        int? factors = int.TryParse(query["factors"], NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : null;
        var extraction = query["extraction"] == "centroid" ? ExtractionMethod.Centroid : ExtractionMethod.PrincipalComponents;
        var rotation = query["rotation"] == "none" ? RotationMethod.None : RotationMethod.Varimax;
        var manual = query["flagging"] == "manual";
        var flags = new HashSet<(int, int)>();
        foreach (var value in query["flag"])
        {
            var parts = (value ?? "").Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var q)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && q >= 1 && k >= 1)
                flags.Add((q, k));
        }
        return new AnalysisSettings(factors, extraction, rotation, manual, flags)
        {
            KeepQmethodOrientation = query["orientation"] == "qmethod",
            Rotations = query["rotate"].Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToArray(),
        };
    }

    /// <summary>The overrides that make the flags exactly <see cref="Flags"/>; flags naming sorts or factors that do not exist are dropped.</summary>
    public IReadOnlyList<FlagOverride> Overrides(int sorts, int factors)
    {
        if (!Manual) return [];
        var list = new List<FlagOverride>();
        for (var q = 0; q < sorts; q++)
            for (var k = 0; k < factors; k++)
                list.Add(new FlagOverride(q, k, Flags.Contains((q + 1, k + 1))));
        return list;
    }

    public string Query(int factors, bool[,]? flags = null)
    {
        var sb = new StringBuilder($"?factors={factors}&extraction={(Extraction == ExtractionMethod.Centroid ? "centroid" : "pca")}&rotation={(Rotation == RotationMethod.None ? "none" : "varimax")}");
        if (KeepQmethodOrientation) sb.Append("&orientation=qmethod");
        foreach (var r in Rotations) sb.Append("&rotate=").Append(Uri.EscapeDataString(r));
        if (Manual && flags is not null)
        {
            sb.Append("&flagging=manual");
            for (var q = 0; q < flags.GetLength(0); q++)
                for (var k = 0; k < flags.GetLength(1); k++)
                    if (flags[q, k]) sb.Append(CultureInfo.InvariantCulture, $"&flag={q + 1}-{k + 1}");
        }
        return sb.ToString();
    }

    /// <summary>The hand rotations in words, such as "then turned by hand: f1 and f2 by 15°, then f1 and f3 by -7.5°"; empty without.</summary>
    public string HandRotationNote
    {
        get
        {
            if (Rotations.Count == 0) return "";
            try
            {
                return "then turned by hand: " + string.Join(", then ", HandRotations().Select(Describe));
            }
            catch (QMethodInputException)
            {
                return "";
            }
        }
    }

    /// <summary>One hand rotation in words: "f1 and f2 by 15°".</summary>
    public static string Describe(HandRotation r) =>
        $"f{r.First + 1} and f{r.Second + 1} by {r.Degrees.ToString("0.###", CultureInfo.InvariantCulture)}\u00b0";

    /// <summary>How the analysis relates to qmethod, for the report and its documents.</summary>
    public string QmethodNote => Extraction == ExtractionMethod.Centroid && !KeepQmethodOrientation
        ? "computed as R's qmethod 1.8.4 does, except that centroid factors are turned and ordered as the note below says"
        : "computed as R's qmethod 1.8.4 does";
}
