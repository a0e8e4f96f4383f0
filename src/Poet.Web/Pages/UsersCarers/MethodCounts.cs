using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Rules;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>
/// One distribution method's returns as released (<see cref="Returned"/> is null when hidden); <see cref="Issued"/> is
/// how many forms were printed (the coordinator's own count, not anyone's answer), null for the shared link, which
/// anyone may pass on.
/// </summary>
public sealed record MethodCount(UcMethod Method, string Name, int? Returned, int? Issued)
{
    public ResponseRate? Rate => Issued is { } n && Returned is { } r && n >= r ? new ResponseRate(n, r) : null;
}

/// <summary>Returns per method, from the questionnaire's release. Postal returns count only once both keyings agree or are resolved.</summary>
public static class MethodCounts
{
    /// <summary>The order every view lists the methods in; the release's method table follows it.</summary>
    public static readonly UcMethod[] Order = [UcMethod.Postal, UcMethod.Code, UcMethod.Link];

    public static string Name(UcMethod method) => method switch
    {
        UcMethod.Postal => "Postal questionnaire",
        UcMethod.Code => "Online with a printed code",
        _ => "Online with the partnership link",
    };

    public static async Task<IReadOnlyList<MethodCount>> LoadAsync(PoetDb db, int qid, UcRelease release, CancellationToken ct = default)
    {
        var issued = await db.UcForms.Where(f => f.QuestionnaireId == qid)
            .GroupBy(f => f.Kind).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return Order.Select((m, i) => new MethodCount(m, Name(m), release.Methods[i].N, m switch
        {
            UcMethod.Postal => issued.GetValueOrDefault(UcFormKind.Postal),
            UcMethod.Code => issued.GetValueOrDefault(UcFormKind.Code),
            _ => (int?)null,
        })).ToArray();
    }

    /// <summary>Whether a view lists the method at all: forms were printed for it, or it has returns (a hidden count may be non-zero).</summary>
    public static bool Listed(MethodCount m) => m.Returned is not 0 || m.Issued > 0;

    public static string Describe(MethodCount m) => m switch
    {
        { Returned: null, Issued: null } => $"{UcReport.Hidden} (no rate: the link can be passed on)",
        { Returned: null } => $"{UcReport.Hidden} of {m.Issued}",
        { Issued: null } => $"{m.Returned} (no rate: the link can be passed on)",
        { Issued: 0, Returned: 0 } => m.Method == UcMethod.Code ? "No codes printed yet" : "No forms printed yet",
        { Rate.RoundedPercent: { } percent } => $"{m.Returned} of {m.Issued} ({percent}%)",
        _ => $"{m.Returned} of {m.Issued}",
    };
}
