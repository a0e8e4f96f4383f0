using Poet.Analysis.Disclosure;

namespace Poet.Analysis.Tests.Disclosure.Attack;

/// <summary>
/// A random round shaped like POET's partnerships: 1 to 6 partners (some with nobody invited), 1 to 5 professional
/// groups of uneven size, response rates of 20-90 %, about 1 in 10 respondents choosing another partner,
/// "Unsure or other" or skipping the question (and about 1 in 16 choosing "None or other" or skipping the profession), about 1 in 7 on paper, about 1 in 10 responses not usable. Partner ids follow list order;
/// names are drawn so that name order usually differs from id order (the old dashboard sorted by name, the report by id).
/// </summary>
public sealed record SimulatedRound(ReleaseInput Input)
{
    public const string Online = "Online";
    public const string Paper = "Paper";
    private static readonly string[] PartnerPool = ["Voluntary sector", "Council", "NHS Trust", "Hospice", "Police", "Housing association", "GP federation", "Ambulance service"];
    private static readonly string[] ProfessionPool = ["Social worker", "Nurse", "Manager", "Therapist", "Support worker", "Administrator", "Doctor"];

    /// <summary>Partner rows: the partners, "Unsure or other", "Not answered" (<see cref="RoundReleases.Row"/>). Q likewise.</summary>
    public int P => Input.Partners.Count + 2;
    public int Q => Input.Professions.Count + 2;

    public static SimulatedRound Make(int seed)
    {
        var rng = new Random(seed);
        var np = rng.Next(1, 7);
        var nq = rng.Next(1, 6);
        var partners = PartnerPool.OrderBy(_ => rng.Next()).Take(np).ToArray();
        var professions = ProfessionPool.OrderBy(_ => rng.Next()).Take(nq).ToArray();
        var invited = partners.Select(_ => rng.Next(4) switch { 0 => 0, 1 => rng.Next(1, 8), 2 => rng.Next(5, 30), _ => rng.Next(20, 80) }).ToArray();
        var weights = professions.Select(_ => Math.Pow(rng.NextDouble(), 2) + 0.02).ToArray();
        var rate = 0.2 + 0.7 * rng.NextDouble();
        int? Profession()
        {
            var skip = rng.NextDouble();
            if (skip < 0.03) return ReleaseRespondent.Other;
            if (skip < 0.06) return null;
            var pick = rng.NextDouble() * weights.Sum();
            for (var q = 0; q < nq; q++) { pick -= weights[q]; if (pick <= 0) return q; }
            return nq - 1;
        }
        var respondents = new List<ReleaseRespondent>();
        for (var p = 0; p < np; p++)
            for (var i = 0; i < invited[p]; i++)
            {
                if (rng.NextDouble() >= rate) continue;
                var roll = rng.NextDouble();
                int? chosen = roll < 0.9 ? p : roll < 0.93 ? ReleaseRespondent.Other : roll < 0.96 ? null : rng.Next(np);
                respondents.Add(new ReleaseRespondent(chosen, Profession(), rng.NextDouble() >= 0.1, rng.NextDouble() < 0.14 ? Paper : Online));
            }
        return new SimulatedRound(new ReleaseInput(partners, invited, professions, respondents));
    }

    // The unknowns: usable responses per (partner row, profession row, mode), then unusable ones per partner row.
    private static readonly string[] Modes = [Online, Paper];
    public int X(int p, int q, int m) => (p * Q + q) * 2 + m;
    public int Y(int p) => P * Q * 2 + p;
    public int VariableCount => P * Q * 2 + P;
    public int Row(int? partner) => RoundReleases.Row(partner, Input.Partners.Count);
    public int Col(int? profession) => RoundReleases.Row(profession, Input.Professions.Count);

    public int[] Submitted(int p) => Usable(p).Append(Y(p)).ToArray();
    public int[] Usable(int p) => Enumerable.Range(0, Q).SelectMany(q => new[] { X(p, q, 0), X(p, q, 1) }).ToArray();
    public int[] ByProfession(int q) => Enumerable.Range(0, P).SelectMany(p => new[] { X(p, q, 0), X(p, q, 1) }).ToArray();
    public int[] AllUsable => Enumerable.Range(0, P * Q * 2).ToArray();
    public int[] AllSubmitted => Enumerable.Range(0, VariableCount).ToArray();

    /// <summary>The true value of every unknown.</summary>
    public int[] Truth()
    {
        var t = new int[VariableCount];
        foreach (var r in Input.Respondents)
        {
            if (r.Usable) t[X(Row(r.Partner), Col(r.Profession), Array.IndexOf(Modes, r.Mode))]++;
            else t[Y(Row(r.Partner))]++;
        }
        return t;
    }

    public int Value(IEnumerable<int> cell) { var t = Truth(); return cell.Sum(v => t[v]); }

    public string PartnerName(int p) => p < Input.Partners.Count ? Input.Partners[p] : p == Input.Partners.Count ? Input.PartnerUnstated : Input.NotAnswered;
    public string ProfessionName(int q) => q < Input.Professions.Count ? Input.Professions[q] : q == Input.Professions.Count ? Input.ProfessionUnstated : Input.NotAnswered;
    public static int ModeIndex(string mode) => Array.IndexOf(Modes, mode);
}
