using Microsoft.EntityFrameworkCore;
using Poet.Analysis.Outcomes;
using Poet.Analysis.Text;
using Poet.Data;

namespace Poet.Web.Pages.UsersCarers;

/// <summary>Answers that say the same missing outcome in different words, labelled by the most central one.</summary>
public sealed record MissingGroup(string Label, IReadOnlyList<string> Answers);

/// <summary>
/// What families said is missing from the list of outcomes, from returns (one answer per line) and from consenting
/// interviews, masked like other free text and grouped by <see cref="OutcomeGrouping.Propose"/>, as staff's suggested
/// outcomes are. Returns count only once there are enough of them to report, like the "anything else" answers.
/// </summary>
public static class MissingOutcomes
{
    public const string Lead = "What families said is missing from the list of outcomes, similar answers grouped together:";

    /// <summary>One line for the PDF and Word versions: the label alone, or the label, the count and every answer.</summary>
    public static string Describe(MissingGroup g) => g.Answers.Count == 1 ? g.Answers[0]
        : $"{g.Label} ({g.Answers.Count} answers: {string.Join("; ", g.Answers)})";

    public static async Task<IReadOnlyList<MissingGroup>> LoadAsync(PoetDb db, int questionnaireId, IEnumerable<string> fromInterviews,
        Redactor redactor, bool includeReturns, CancellationToken ct = default)
    {
        var written = includeReturns
            ? await db.UcResponses.AsNoTracking().Where(r => r.QuestionnaireId == questionnaireId && r.IsSubmitted && r.MissingOutcomes.Trim() != "")
                .Select(r => r.MissingOutcomes).ToListAsync(ct)
            : [];
        return Group(written.Concat(fromInterviews).Select(redactor.Mask));
    }

    /// <summary>Splits answers into lines and groups them; sorted first so the order says nothing about who wrote what.</summary>
    public static IReadOnlyList<MissingGroup> Group(IEnumerable<string> answers)
    {
        var lines = answers.SelectMany(a => a.Replace("\r", "").Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var groups = OutcomeGrouping.Propose(lines.Select((l, i) => new Statement(i.ToString(), l)).ToArray());
        return groups.Select(g => new MissingGroup(g.SuggestedLabel, g.StatementIds.Select(id => lines[int.Parse(id)]).ToArray())).ToArray();
    }
}
