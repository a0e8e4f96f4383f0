using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Rules;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>One distribution method's returns; <see cref="Issued"/> is null for the shared link, which anyone may pass on.</summary>
public sealed record MethodCount(UcMethod Method, string Name, int Returned, int? Issued)
{
    public ResponseRate? Rate => Issued is { } n && n >= Returned ? new ResponseRate(n, Returned) : null;
}

/// <summary>Submitted returns per method. Postal returns count only once both keyings agree or are resolved.</summary>
public static class MethodCounts
{
    public static async Task<IReadOnlyList<MethodCount>> LoadAsync(PoetDb db, int qid, CancellationToken ct = default)
    {
        var returned = await db.UcResponses.Where(r => r.QuestionnaireId == qid && r.IsSubmitted)
            .GroupBy(r => r.Method).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var issued = await db.UcForms.Where(f => f.QuestionnaireId == qid)
            .GroupBy(f => f.Kind).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return
        [
            new(UcMethod.Postal, "Postal questionnaire", returned.GetValueOrDefault(UcMethod.Postal), issued.GetValueOrDefault(UcFormKind.Postal)),
            new(UcMethod.Code, "Online with a printed code", returned.GetValueOrDefault(UcMethod.Code), issued.GetValueOrDefault(UcFormKind.Code)),
            new(UcMethod.Link, "Online with the partnership link", returned.GetValueOrDefault(UcMethod.Link), null),
        ];
    }

    public static string Describe(MethodCount m) => m switch
    {
        { Issued: null } => $"{m.Returned} (no rate: the link can be passed on)",
        { Issued: 0, Returned: 0 } => m.Method == UcMethod.Code ? "No codes printed yet" : "No forms printed yet",
        { Rate.RoundedPercent: { } percent } => $"{m.Returned} of {m.Issued} ({percent}%)",
        _ => $"{m.Returned} of {m.Issued}",
    };
}
