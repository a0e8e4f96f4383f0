using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.UsersCarers;

public class NextStepsTests
{
    private static readonly string[] Three = ["Kindness", "Quick response", "A welcoming building"];

    private static UcReturn[] Many(int n, int?[] importance, int?[] happens) =>
        Enumerable.Range(0, n).Select(_ => new UcReturn(RespondentGroup.Carers, importance, happens, new bool[importance.Length])).ToArray();

    [Fact]
    public void Suggest_ImportantButRarelyHappens_AsksWhatWouldMakeItHappen()
    {   // quick response: 10 of 10 very important, 4 of 10 usually (40%); kindness always happens; the building is not important
        UcReturn[] returns = [.. Many(4, [4, 4, 1], [4, 3, 4]), .. Many(6, [4, 4, 1], [4, 2, 4])];

        var steps = NextSteps.Suggest(PhaseTwoAnalysis.Analyse(Three, returns), [], [], []);

        Assert.Equal("\"Quick response\" is very important to 100% of families, but only 40% say it always or usually happens. Agree with staff and families what would make it happen more often.", steps[0]);
        Assert.DoesNotContain(steps, s => s.Contains("\"Kindness\" is very important"));
    }

    [Fact]
    public void Suggest_StaffRankHigher_AsksWhetherItIsAnAim()
    {   // staff: building first, kindness last; families: kindness 100% very important, quick response 50%, the building 0%
        UcReturn[] returns = [.. Many(10, [4, 4, 1], [4, 4, 4]), .. Many(10, [4, 3, 1], [4, 4, 4])];

        var steps = NextSteps.Suggest(PhaseTwoAnalysis.Analyse(Three, returns, [1, 2, 9]), [], [], []);

        Assert.Contains("Staff put \"A welcoming building\" higher (rank 1) than families do (rank 3). Discuss with staff whether it is an aim for the service rather than an outcome families want, before putting more effort into it.", steps);
        Assert.Contains(steps, s => s.StartsWith("Families put \"Kindness\" higher (rank 1) than staff do (rank 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_BarriersMissingAndStaffDevelopment_NamesEach()
    {
        var steps = NextSteps.Suggest(PhaseTwoAnalysis.Analyse(Three, []), ["Parking", "Getting to the building"], ["Respite"], ["Workload is manageable"]);

        Assert.Equal(
        [
            "Staff saw \"Parking\" and \"Getting to the building\" as serious barriers, but few families named them. Ask families before spending money on them.",
            "Consider adding what families said was missing to the agreed outcomes: \"Respite\".",
            "From the staff survey, work on the areas for development, starting with \"Workload is manageable\".",
            "Repeat the staff survey and this questionnaire later, to see whether things have changed for the partnership and for families.",
        ], steps);
    }
}
