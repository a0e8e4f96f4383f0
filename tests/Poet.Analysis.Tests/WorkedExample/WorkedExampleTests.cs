using Poet.Analysis.Change;
using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Analysis.Tests.WorkedExample;

/// <summary>
/// docs/worked-example.md, fed through POET's own functions. Every number asserted here is printed in that document,
/// where it is worked by hand (percentages, quantiles, classification, suppression) or given with the R call that
/// reproduces it (Mann-Whitney, Cliff's delta). Change one and the other must change with it.
/// Counts are in scale order: Strongly disagree, Disagree, Don't know, Agree, Strongly agree.
/// </summary>
public class WorkedExampleTests
{
    // "Staff survey autumn 2026": 40 invited, 24 usable responses (document, section 1).
    private static readonly Distribution S1 = new([0, 2, 2, 12, 8]);          // Partners share a clear purpose
    private static readonly Distribution S2 = new([3, 5, 4, 9, 3]);           // Decisions are made jointly
    private static readonly Distribution S3 = new([1, 2, 9, 9, 2], Missing: 1); // I know how the pooled budget is spent

    // "Staff survey spring 2026", the partnership's previous closed round (document, section 6).
    private static readonly Distribution S1Then = new([2, 6, 3, 9, 2], Missing: 2);
    private static readonly Distribution S2Then = new([2, 6, 4, 8, 4]);

    // The stricter thresholds the document's section 4 tries: 80% agree, 20% disagree; 30% disagree, 40% Don't know.
    private static readonly CelebrationDevelopmentRules Partnership = new(80, 20, 30, 40);

    [Fact]
    public void Section1_ResponseRate()
    {
        Assert.Equal(60, new ResponseRate(40, 24).RoundedPercent);
    }

    [Fact]
    public void Section2_CountsAndPercentages()
    {
        var s1 = OrdinalSummary.Summarise(S1);
        var s2 = OrdinalSummary.Summarise(S2);
        var s3 = OrdinalSummary.Summarise(S3);

        // Answered, skipped, Don't know, with a view (substantive), agree, disagree.
        Assert.Equal((24, 0, 2, 22, 20, 2), (s1.Answered, s1.Missing, s1.DontKnow, s1.Substantive, s1.Agree, s1.Disagree));
        Assert.Equal((24, 0, 4, 20, 12, 8), (s2.Answered, s2.Missing, s2.DontKnow, s2.Substantive, s2.Agree, s2.Disagree));
        Assert.Equal((23, 1, 9, 14, 11, 3), (s3.Answered, s3.Missing, s3.DontKnow, s3.Substantive, s3.Agree, s3.Disagree));
        // 20/22, 2/22, 2/24; 12/20, 8/20, 4/24; 11/14, 3/14, 9/23.
        Assert.Equal(100.0 * 20 / 22, s1.AgreePercent!.Value, 12);     // 90.9%
        Assert.Equal(100.0 * 2 / 22, s1.DisagreePercent!.Value, 12);   // 9.1%
        Assert.Equal(100.0 * 2 / 24, s1.DontKnowPercent!.Value, 12);   // 8.3%
        Assert.Equal(60.0, s2.AgreePercent!.Value, 12);
        Assert.Equal(40.0, s2.DisagreePercent!.Value, 12);
        Assert.Equal(100.0 * 4 / 24, s2.DontKnowPercent!.Value, 12);   // 16.7%
        Assert.Equal(100.0 * 11 / 14, s3.AgreePercent!.Value, 12);     // 78.6%
        Assert.Equal(100.0 * 3 / 14, s3.DisagreePercent!.Value, 12);   // 21.4%
        Assert.Equal(100.0 * 9 / 23, s3.DontKnowPercent!.Value, 12);   // 39.1%
        // The pilots' base, Don't know included: 20/24 = 83.3%, the figure "% agree" would have been without the rule.
        Assert.Equal(100.0 * 20 / 24, s1.AgreePercentOfAnswered!.Value, 12);
    }

    [Fact]
    public void Section3_MedianAndQuartiles_RType1OnAnswersWithAView()
    {   // Sorted answers with a view; type 1 takes the answer at position ceil(n·p).
        // S1, n = 22: positions 6, 11, 17 → Agree, Agree, Strongly agree.
        // S2, n = 20: positions 5, 10, 15 → Disagree, Agree, Agree.
        // S3, n = 14: positions 4, 7, 11 → Agree, Agree, Agree.
        static (int?, int?, int?, int?) Q(Distribution d)
        {
            var s = OrdinalSummary.Summarise(d);
            return (s.LowerQuartile, s.Median, s.UpperQuartile, s.InterquartileRange);
        }
        Assert.Equal((4, 4, 5, 1), Q(S1));
        Assert.Equal((2, 4, 4, 1), Q(S2)); // Disagree to Agree: 1 step, Don't know being no point on the scale
        Assert.Equal((4, 4, 4, 0), Q(S3));
    }

    [Fact]
    public void Section4_Classification_StandardAndPartnershipThresholds()
    {
        ItemClassification C(Distribution d, CelebrationDevelopmentRules? rules = null) => Classification.Classify("s", OrdinalSummary.Summarise(d), rules);

        Assert.Equal(ItemClass.Celebration, C(S1).Class);                                                  // 90.9 ≥ 75, 9.1 ≤ 10
        Assert.Equal((ItemClass.Development, DevelopmentReason.Disagreement), (C(S2).Class, C(S2).Reasons)); // 40 ≥ 25
        Assert.Equal((ItemClass.Development, DevelopmentReason.KnowledgeGap), (C(S3).Class, C(S3).Reasons)); // 39.1 > 30

        Assert.Equal(ItemClass.Celebration, C(S1, Partnership).Class);                                        // 90.9 ≥ 80, 9.1 ≤ 20
        Assert.Equal((ItemClass.Development, DevelopmentReason.Disagreement), (C(S2, Partnership).Class, C(S2, Partnership).Reasons)); // 40 ≥ 30
        Assert.Equal(ItemClass.Neither, C(S3, Partnership).Class);                                            // 39.1 ≤ 40; 21.4 < 30; 78.6 < 80
        Assert.Equal("Areas for celebration: at least 80% agree and at most 20% disagree. Areas for development: at least 30% disagree, or more than 40% answering \"Don't know\".",
            Partnership.Describe());
    }

    [Fact]
    public void Section5_SmallCellSuppression()
    {   // Borough Council 20, Health Trust 4: 4 < 5 is hidden, and with the total known the Council must go too.
        var table = Suppression.Suppress([new GroupCount("Borough Council", 20), new GroupCount("Health Trust", 4)], 24);

        Assert.Equal([("Borough Council", (int?)null), ("Health Trust", null)], table.Groups.Select(g => (g.Name, g.N)));
        Assert.Equal(24, table.Total);
        Assert.Equal(Suppression.HiddenReason, table.Groups[0].Reason);

        // Had the Trust had 5, both would be shown.
        Assert.Equal([20, 5], Suppression.Suppress([new GroupCount("Borough Council", 20), new GroupCount("Health Trust", 5)], 25).Groups.Select(g => g.N));
    }

    [Fact]
    public void Section6_ChangeSinceLastRound_S1_MoreAgreement()
    {   // R: now <- rep(c(1, 2, 4, 5), c(0, 2, 12, 8)); then <- rep(c(1, 2, 4, 5), c(2, 6, 9, 2))
        // wilcox.test(now, then, exact = FALSE, correct = TRUE): W = 304, p-value = 0.007163
        // effsize::cliff.delta(now, then, use.unbiased = FALSE, use.normal = TRUE): delta = 0.4545455 (0.1386126, 0.6865068)
        var c = ChangeOverTime.Compare(S1Then, S1);

        Assert.Equal(100.0 * 20 / 22 - 100.0 * 11 / 19, c.AgreeChangePoints!.Value, 12); // 90.9 - 57.9 = +33.0 points
        Assert.Equal(304, c.MannWhitney!.W, 9);
        Assert.Equal(2.6891727447499187, c.MannWhitney.Z, 9);
        Assert.Equal(0.007162934149045341, c.MannWhitney.PValue, 9);
        Assert.Equal(10.0 / 22, c.Effect!.Delta, 12);                                   // (pairs above − pairs below) / (22 × 19) = 190/418
        Assert.Equal(0.13861255997293678, c.Effect.Lower, 9);
        Assert.Equal(0.686506835123598, c.Effect.Upper, 9);
        Assert.Equal("More agreement now (Cliff's delta +0.45, 95% CI +0.14 to +0.69; Mann-Whitney p = 0.007)", ChangeStatement.Describe(c));
    }

    [Fact]
    public void Section6_ChangeSinceLastRound_S2_NoClearChange()
    {   // then <- rep(c(1, 2, 4, 5), c(2, 6, 8, 4)); W = 190, p-value = 0.786; delta = -0.05 (-0.3740691, 0.2849510)
        var c = ChangeOverTime.Compare(S2Then, S2);

        Assert.Equal(0.0, c.AgreeChangePoints!.Value, 12);                               // 60% then, 60% now
        Assert.Equal(190, c.MannWhitney!.W, 9);
        Assert.Equal(0.785984928606784, c.MannWhitney.PValue, 9);
        Assert.Equal(-0.05, c.Effect!.Delta, 12);
        Assert.Equal(-0.374069090352047, c.Effect.Lower, 9);
        Assert.Equal(0.2849510224998168, c.Effect.Upper, 9);
        Assert.Equal("No clear change (Cliff's delta -0.05, 95% CI -0.37 to +0.28; Mann-Whitney p = 0.786)", ChangeStatement.Describe(c));
    }

    [Fact]
    public void Section6_S3_IsNotCompared_WhenTheEarlierRoundHadTooFewAnswers()
    {   // Each round needs at least 20 answers for a test (ChangeOverTime.DefaultMinimumPerRound).
        var c = ChangeOverTime.Compare(new Distribution([1, 2, 5, 6, 1]), S3);

        Assert.Equal("No test: each round needs at least 20 answers (earlier round 15, later round 23).", ChangeStatement.Describe(c));
    }
}
