using System.Security.Cryptography;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>Study codes (issue 19): "Q-" and 4 unambiguous characters, drawn at random, never one the study already uses.</summary>
public class SortCodesTests
{
    [Fact]
    public void New_RandomDraws_HaveTheFormQDashFourUnambiguousCharacters()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = SortCodes.New(new HashSet<string>(), RandomNumberGenerator.GetInt32);

            Assert.Matches("^Q-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$", code);
        }
    }

    [Fact]
    public void Possible_ThirtyCharactersToTheFourth()
    {
        // 30 characters: 0-9 and A-Z (36) less 0, 1, I, L, O and U; 30^4 = 810,000.
        Assert.Equal(30, SortCodes.Alphabet.Distinct().Count());
        Assert.Equal(810_000, SortCodes.Possible);
    }

    [Fact]
    public void New_FirstDrawTaken_DrawsAgain()
    {
        // A scripted "random": index 0 four times ("Q-2222"), then index 1 four times ("Q-3333").
        var draws = new Queue<int>([0, 0, 0, 0, 1, 1, 1, 1]);

        var code = SortCodes.New(new HashSet<string> { "Q-2222" }, _ => draws.Dequeue());

        Assert.Equal("Q-3333", code);
    }

    [Fact]
    public void New_AlwaysTaken_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => SortCodes.New(new HashSet<string> { "Q-2222" }, _ => 0));
    }

    [Theory]
    [InlineData("Q-7KM3", "Q-7KM3")]
    [InlineData(" q-7km3 ", "Q-7KM3")]
    [InlineData("q 7km3", "Q-7KM3")]
    [InlineData("7KM3", "Q-7KM3")]
    [InlineData("Q\u20137KM3", "Q-7KM3")]
    [InlineData("Q-7KM0", null)]
    [InlineData("Q-7KM", null)]
    [InlineData("US1", null)]
    [InlineData("", null)]
    public void Normalise_AsTyped_OneFormOrNull(string typed, string? expected)
    {
        Assert.Equal(expected, SortCodes.Normalise(typed));
    }
}
