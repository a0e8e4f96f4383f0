namespace Poet.Analysis.Disclosure;

/// <summary>One usable response's quasi-identifiers: partner row, profession row (<see cref="RoundReleases.Row"/>: "Unsure or other", then "Not answered", last), mode.</summary>
public readonly record struct ExportKey(int Partner, int Profession, string Mode);

/// <summary>
/// How the anonymised export writes a round's quasi-identifiers so that every combination of them that occurs
/// holds at least the threshold of rows (k-anonymity, as sdcMicro checks it). <c>PartnerLabels[k]</c> is what partner
/// row k is written as (its own name, or <see cref="RoundReleases.MergedCategory"/>); the same for professions.
/// When <c>ModeKept</c> is false the mode column says <see cref="ModeNotShown"/> for every row.
/// <c>Recoded</c> counts the rows whose partner or profession is not written as it was given (mode: <c>ModeKept</c>).
/// Free-text role titles and other "about you" answers are never exported, so they are no quasi-identifier.
/// </summary>
public sealed record ExportRecoding(
    IReadOnlyList<string> PartnerLabels, IReadOnlyList<string> ProfessionLabels, bool ModeKept,
    IReadOnlyList<string> MergedPartners, IReadOnlyList<string> MergedProfessions, int Rows, int Recoded,
    int PartnerRecoded = 0, int ProfessionRecoded = 0)
{
    public const string ModeNotShown = "Not shown";

    /// <summary>No export: too few usable responses.</summary>
    public static readonly ExportRecoding Nothing = new([], [], false, [], [], 0, 0);

    public string Mode(string mode) => ModeKept ? mode : ModeNotShown;

    /// <summary>
    /// Global recoding, the deterministic greedy way: start with every hidden group in the merged category; while some
    /// combination that occurs has fewer than <paramref name="threshold"/> rows, take the first such combination
    /// (fewest rows, then partner, profession, mode order) and coarsen one variable: merge its group into the merged
    /// category (or, when it is already there, the smallest group still shown), or drop mode, whichever leaves fewest
    /// rows in small combinations, then recodes fewest rows. Ties go to partner, then profession, then mode. Every step removes a category, and with everything merged there
    /// is one combination of all the rows, so it ends; callers export only when there are at least threshold rows.
    /// </summary>
    public static ExportRecoding Build(IReadOnlyList<ExportKey> rows, IReadOnlyList<string> partners, IReadOnlyList<bool> partnerHidden,
        IReadOnlyList<string> professions, IReadOnlyList<bool> professionHidden, int threshold)
    {
        var pMerged = partnerHidden.ToArray();
        var qMerged = professionHidden.ToArray();
        var modeKept = true;
        var pRows = new int[partners.Count];
        var qRows = new int[professions.Count];
        foreach (var r in rows) { pRows[r.Partner]++; qRows[r.Profession]++; }

        int SmallRows(bool[] pm, bool[] qm, bool mk) => rows
            .GroupBy(r => (P: pm[r.Partner] ? -1 : r.Partner, Q: qm[r.Profession] ? -1 : r.Profession, M: mk ? r.Mode : ""))
            .Select(g => g.Count()).Where(n => n < threshold).Sum();
        while (true)
        {
            var small = rows
                .GroupBy(r => (P: pMerged[r.Partner] ? -1 : r.Partner, Q: qMerged[r.Profession] ? -1 : r.Profession, M: modeKept ? r.Mode : ""))
                .Select(g => (g.Key, N: g.Count()))
                .Where(g => g.N < threshold)
                .OrderBy(g => g.N).ThenBy(g => g.Key.P).ThenBy(g => g.Key.Q).ThenBy(g => g.Key.M, StringComparer.Ordinal)
                .Select(g => ((int P, int Q, string M)?)g.Key).FirstOrDefault();
            if (small is not { } key) break;

            // Candidates: merge the small combination's partner or profession (or, when it is already merged, the smallest
            // group still shown), or drop mode. Pick the one that leaves fewest rows in small combinations, then the one
            // that recodes fewest rows, then partner, profession, mode.
            var options = new List<(int Left, int Cost, int Variable, int Category)>();
            var p = key.P >= 0 ? key.P : Smallest(pRows, pMerged);
            if (p >= 0)
            {
                var pm = (bool[])pMerged.Clone(); pm[p] = true;
                options.Add((SmallRows(pm, qMerged, modeKept), pRows[p], 0, p));
            }
            var q = key.Q >= 0 ? key.Q : Smallest(qRows, qMerged);
            if (q >= 0)
            {
                var qm = (bool[])qMerged.Clone(); qm[q] = true;
                options.Add((SmallRows(pMerged, qm, modeKept), qRows[q], 1, q));
            }
            if (modeKept) options.Add((SmallRows(pMerged, qMerged, false), rows.Count(r => r.Mode != ModeOfMost(rows)), 2, -1));
            if (options.Count == 0) break; // everything is merged: one combination of every row
            var best = options.OrderBy(o => o.Left).ThenBy(o => o.Cost).ThenBy(o => o.Variable).First();
            switch (best.Variable)
            {
                case 0: pMerged[best.Category] = true; break;
                case 1: qMerged[best.Category] = true; break;
                default: modeKept = false; break;
            }
        }

        var recoded = rows.Count(r => pMerged[r.Partner] || qMerged[r.Profession]);
        return new ExportRecoding(
            partners.Select((n, i) => pMerged[i] ? RoundReleases.MergedCategory : n).ToArray(),
            professions.Select((n, i) => qMerged[i] ? RoundReleases.MergedCategory : n).ToArray(),
            modeKept,
            partners.Where((_, i) => pMerged[i]).ToArray(),
            professions.Where((_, i) => qMerged[i]).ToArray(),
            rows.Count, recoded, rows.Count(r => pMerged[r.Partner]), rows.Count(r => qMerged[r.Profession]));
    }

    /// <summary>The most common mode: dropping mode loses the information of the other rows.</summary>
    private static string ModeOfMost(IReadOnlyList<ExportKey> rows) =>
        rows.GroupBy(r => r.Mode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>The group with fewest rows (then the earliest) among those with rows that are not merged yet, or -1.</summary>
    private static int Smallest(int[] counts, bool[] merged)
    {
        var best = -1;
        for (var i = 0; i < counts.Length; i++)
            if (!merged[i] && counts[i] > 0 && (best < 0 || counts[i] < counts[best])) best = i;
        return best;
    }
}
