using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;

namespace Poet.Analysis.UsersCarers;

public enum RespondentGroup { Users, Carers, NotStated }

/// <summary>One return: per outcome (in questionnaire order) the importance and happens codes (null = skipped) and whether it is in the top three.</summary>
public sealed record UcReturn(RespondentGroup Group, IReadOnlyList<int?> Importance, IReadOnlyList<int?> Happens, IReadOnlyList<bool> TopThree);

/// <summary>What one outcome got. Percentages are of those who answered, never means.</summary>
public sealed record OutcomeResult(int Index, string Outcome, Distribution Importance, Distribution Happens, int TopThree)
{
    /// <summary>Distributions from fewer than <see cref="Suppression.MinimumCellSize"/> answers are not shown.</summary>
    public bool ImportanceShown => Importance.Answered >= Suppression.MinimumCellSize;

    public bool HappensShown => Happens.Answered >= Suppression.MinimumCellSize;

    public double? VeryImportantPercent => Importance.Answered == 0 ? null : 100.0 * Importance.Counts[UcScales.VeryImportant - 1] / Importance.Answered;

    /// <summary>Answers other than "Don't know".</summary>
    public int HappensKnown => Happens.Answered - Happens.Counts[UcScales.HappensDontKnow - 1];

    /// <summary>"Always" or "Usually" as a share of those who said how often (Don't know left out).</summary>
    public double? AlwaysOrUsuallyPercent => HappensKnown == 0 ? null
        : 100.0 * (Happens.Counts[UcScales.Always - 1] + Happens.Counts[UcScales.Usually - 1]) / HappensKnown;
}

public sealed record GroupResult(RespondentGroup Group, int Respondents, IReadOnlyList<OutcomeResult> Outcomes);

/// <param name="Grid">Outcomes in importance–delivery order (<see cref="PhaseTwoAnalysis.GridOrder"/>).</param>
/// <param name="Groups">Users and carers separately, only when both have at least the minimum group size.</param>
/// <param name="Comparison">Null when no outcome has a staff priority.</param>
public sealed record PhaseTwoResult(int Respondents, bool EnoughToReport, IReadOnlyList<OutcomeResult> Outcomes, IReadOnlyList<OutcomeResult> Grid,
    IReadOnlyList<GroupResult> Groups, RankComparisonResult? Comparison);

public static class PhaseTwoAnalysis
{
    /// <summary>The importance–delivery order in words, for the report.</summary>
    public const string GridDefinition =
        "Outcomes are ordered by the share of people who said they are very important (highest first), then by the share who said they always or usually happen (lowest first; \"Don't know\" left out). Outcomes rated by fewer than 5 people come last.";

    public static PhaseTwoResult Analyse(IReadOnlyList<string> outcomes, IReadOnlyCollection<UcReturn> returns, IReadOnlyList<double?>? staffSupport = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(returns);
        if (staffSupport is not null && staffSupport.Count != outcomes.Count)
            throw new ArgumentException($"{staffSupport.Count} staff priorities were given for {outcomes.Count} outcomes.", nameof(staffSupport));
        foreach (var r in returns)
        {
            if (r.Importance.Count != outcomes.Count || r.Happens.Count != outcomes.Count || r.TopThree.Count != outcomes.Count)
                throw new ArgumentException($"A return does not have one answer per outcome ({outcomes.Count}).", nameof(returns));
        }

        var overall = Summarise(outcomes, returns);
        var enough = returns.Count >= Suppression.MinimumCellSize;
        var users = returns.Where(r => r.Group == RespondentGroup.Users).ToArray();
        var carers = returns.Where(r => r.Group == RespondentGroup.Carers).ToArray();
        // Overall minus users minus carers is the "not stated" group's answers, so a small one (1 to 4) keeps the groups hidden too.
        var notStated = returns.Count - users.Length - carers.Length;
        IReadOnlyList<GroupResult> groups = users.Length >= Suppression.MinimumCellSize && carers.Length >= Suppression.MinimumCellSize
            && (notStated == 0 || notStated >= Suppression.MinimumCellSize)
            ? [new(RespondentGroup.Users, users.Length, Summarise(outcomes, users)), new(RespondentGroup.Carers, carers.Length, Summarise(outcomes, carers))]
            : [];

        RankComparisonResult? comparison = null;
        if (enough && staffSupport is not null && staffSupport.Any(s => s is not null))
        {
            var rows = overall.Where(o => staffSupport[o.Index] is not null && o.ImportanceShown)
                .Select(o => (o.Outcome, staffSupport[o.Index]!.Value, o.VeryImportantPercent!.Value)).ToArray();
            comparison = RankComparison.Compare(rows, returns.Count);
        }
        return new PhaseTwoResult(returns.Count, enough, overall, enough ? GridOrder(overall) : [], enough ? groups : [], comparison);
    }

    /// <summary>What matters most and happens least first: see <see cref="GridDefinition"/>; ties keep questionnaire order.</summary>
    public static IReadOnlyList<OutcomeResult> GridOrder(IEnumerable<OutcomeResult> outcomes) =>
        outcomes
            .OrderBy(o => o.ImportanceShown ? 0 : 1)
            .ThenByDescending(o => o.VeryImportantPercent ?? -1)
            .ThenBy(o => o.HappensShown && o.AlwaysOrUsuallyPercent is { } p ? p : double.MaxValue)
            .ThenBy(o => o.Index)
            .ToArray();

    private static OutcomeResult[] Summarise(IReadOnlyList<string> outcomes, IReadOnlyCollection<UcReturn> returns)
    {
        var importance = new int[outcomes.Count, UcScales.Importance.Size];
        var happens = new int[outcomes.Count, UcScales.Happens.Size];
        var missingImportance = new int[outcomes.Count];
        var missingHappens = new int[outcomes.Count];
        var top = new int[outcomes.Count];
        foreach (var r in returns)
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                Tally(importance, missingImportance, i, r.Importance[i], UcScales.Importance);
                Tally(happens, missingHappens, i, r.Happens[i], UcScales.Happens);
                if (r.TopThree[i]) top[i]++;
            }
        }
        return outcomes.Select((name, i) => new OutcomeResult(i, name,
            new Distribution(Row(importance, i), missingImportance[i]), new Distribution(Row(happens, i), missingHappens[i]), top[i])).ToArray();
    }

    private static void Tally(int[,] counts, int[] missing, int item, int? code, LikertScale scale)
    {
        if (code is not { } c) { missing[item]++; return; }
        if (!scale.Contains(c)) throw new ArgumentOutOfRangeException(nameof(code), c, $"Answer {c} is not on the scale (1 to {scale.Size}).");
        counts[item, c - 1]++;
    }

    private static int[] Row(int[,] counts, int item) => Enumerable.Range(0, counts.GetLength(1)).Select(o => counts[item, o]).ToArray();
}
