using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.UsersCarers;

public class RankComparisonTests
{
    private static (string, double, double)[] Rows(double[] staff, double[] users) =>
        staff.Select((s, i) => ($"Outcome {i + 1}", s, users[i])).ToArray();

    [Fact]
    public void Compare_NoTies_MatchesHandComputedRho()
    {   // ranks staff 1,2,3,4,5; users 2,1,3,4,5; sum d² = 2; rho = 1 - 6·2 / (5·(25 - 1)) = 0.9
        var result = RankComparison.Compare(Rows([10, 8, 6, 4, 2], [50, 70, 40, 30, 10]), respondents: 52);

        Assert.Equal(0.9, result.Rho!.Value, 10);
    }

    [Fact]
    public void Compare_Ties_UsesAverageRanks()
    {   // staff ranks 1.5, 1.5, 3, 4; users 1, 2, 3, 4; Pearson of the ranks = 4.5 / sqrt(4.5 · 5) = sqrt(0.9)
        // R> cor(c(3,3,2,1), c(4,3,2,1), method = "spearman")  ->  0.9486833
        var result = RankComparison.Compare(Rows([3, 3, 2, 1], [4, 3, 2, 1]), respondents: 52);

        Assert.Equal(0.9486833, result.Rho!.Value, 6);
        Assert.Equal([1.5, 1.5, 3, 4], result.Outcomes.Select(o => o.StaffRank));
    }

    [Fact]
    public void Compare_OppositeOrders_IsMinusOne()
    {
        var result = RankComparison.Compare(Rows([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), respondents: 52);

        Assert.Equal(-1, result.Rho!.Value, 10);
    }

    [Fact]
    public void Compare_FewOutcomesAndRespondents_GivesBothCaveats()
    {
        var result = RankComparison.Compare(Rows([10, 8, 6, 4, 2], [50, 70, 40, 30, 10]), respondents: 12);

        Assert.Equal(2, result.Caveats.Count);
        Assert.Contains("Only 5 outcomes are compared", result.Caveats[0]);
        Assert.Contains("Only 12 users and carers rated the outcomes", result.Caveats[1]);
    }

    [Fact]
    public void Compare_TenOutcomesManyRespondents_HasNoCaveat()
    {
        var staff = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var result = RankComparison.Compare(Rows(staff, staff), respondents: 52);

        Assert.Empty(result.Caveats);
        Assert.Equal(1, result.Rho!.Value, 10);
    }

    [Fact]
    public void Compare_AllUserScoresEqual_HasNoRho()
    {
        var result = RankComparison.Compare(Rows([3, 2, 1], [80, 80, 80]), respondents: 52);

        Assert.Null(result.Rho);
        Assert.Contains("Every outcome has the same score on one side, so there is no order to compare.", result.Caveats);
    }

    [Fact]
    public void Compare_LargestDisagreements_BiggestRankGapFirst()
    {   // staff order 1..5; users put outcome 1 last (gap 4) and outcome 5 fourth (gap 1)
        var result = RankComparison.Compare(Rows([10, 8, 6, 4, 2], [10, 90, 80, 70, 20]), respondents: 52);

        Assert.Equal("Outcome 1", result.LargestDisagreements[0].Outcome);
        Assert.Equal(4, result.LargestDisagreements[0].Difference);
    }

    // Worked example of Bonett and Wright (2000): rho = 0.5, n = 12: se = sqrt((1 + 0.125) / 9) = 0.35355;
    // tanh(atanh(0.5) -/+ 1.959964 * 0.35355) = -0.14267 to 0.84610 (Python's statistics.NormalDist for the quantile).
    [Fact]
    public void Interval_RhoHalfOverTwelveOutcomes_MatchesTheWorkedExample()
    {
        var (lower, upper) = RankComparison.Interval(0.5, 12)!.Value;

        Assert.Equal(-0.14266585420746206, lower, 12);
        Assert.Equal(0.8460983761462958, upper, 12);
        Assert.Null(RankComparison.Interval(0.5, 3));
    }

    // Issue 16: "a half-rank tie can become advice". Users tie outcomes 2 and 3 (ranks 1.5 each) where staff rank them
    // 2 and 3: gaps of 0.5 and 1.5 places, listed before; outcome 1 moved four places and is the only one listed now.
    [Fact]
    public void Compare_HalfPlaceGapsFromTies_AreNotListed()
    {
        var result = RankComparison.Compare(Rows([10, 8, 6, 4, 2], [10, 80, 80, 70, 60]), respondents: 52);

        Assert.Equal(["Outcome 1"], result.LargestDisagreements.Select(d => d.Outcome));
        Assert.NotNull(result.RhoLower);
    }
}
