using Poet.Analysis.UsersCarers;

namespace Poet.Analysis.Tests.UsersCarers;

public class DoubleEntryTests
{
    private static Dictionary<string, string> D(params (string K, string V)[] pairs) => pairs.ToDictionary(p => p.K, p => p.V);

    [Fact]
    public void Compare_SameValues_NoDisagreement()
    {
        Assert.Empty(DoubleEntry.Compare(D(("type", "2"), ("imp:1", "4")), D(("imp:1", "4 "), ("type", "2"))));
    }

    [Fact]
    public void Compare_DifferentAndMissingFields_ListedInFieldOrder()
    {
        var result = DoubleEntry.Compare(D(("type", "2"), ("imp:1", "4")), D(("type", "1"), ("hap:1", "3")), ["type", "imp:1", "hap:1"]);

        Assert.Equal(
            [new FieldDisagreement("type", "2", "1"), new FieldDisagreement("imp:1", "4", ""), new FieldDisagreement("hap:1", "", "3")],
            result);
    }

    [Fact]
    public void Merge_ChosenValues_FillDisagreements()
    {
        var merged = DoubleEntry.Merge(D(("type", "2"), ("imp:1", "4")), D(("type", "1"), ("imp:1", "4")), D(("type", "1")));

        Assert.Equal(D(("type", "1"), ("imp:1", "4")), merged);
    }

    [Fact]
    public void Merge_ChosenBlank_LeavesFieldOut()
    {
        var merged = DoubleEntry.Merge(D(("imp:1", "4")), D(), D(("imp:1", "")));

        Assert.Empty(merged);
    }

    [Fact]
    public void Merge_Unresolved_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DoubleEntry.Merge(D(("type", "2")), D(("type", "1")), D()));

        Assert.Equal("1 field still differs between the two keyings, starting with \"type\".", ex.Message);
    }
}
