using Poet.Web.Infrastructure.Passwords;

namespace Poet.Web.Tests.Security;

/// <summary>Issue 14, point 7: the deny-list and patterns behind <see cref="CommonPasswordValidator"/>.</summary>
public class CommonPasswordTests
{
    [Theory]
    [InlineData("123456789012")]
    [InlineData("password1234")]
    [InlineData("iloveyou2024")]
    [InlineData("qwertyuiop12")]
    [InlineData("0987654321098")]
    [InlineData("zaqwsxcderfv")]
    [InlineData("trustno1trustno1")]
    [InlineData("poet12345678")]
    public void EasyToGuess_IsRefused(string password) => Assert.True(CommonPasswordValidator.IsEasyToGuess(password));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Tulip-Harbour-Maple-91")]
    [InlineData("my poet garden shed key")]
    [InlineData("vjq7 lorry 2 kettle")]
    public void Passphrases_AreAccepted(string password) => Assert.False(CommonPasswordValidator.IsEasyToGuess(password));

    [Fact]
    public void OwnEmail_IsRefused()
    {
        Assert.True(CommonPasswordValidator.IsEasyToGuess("jane.smith2024!", "Jane.Smith@example.org"));
        Assert.True(CommonPasswordValidator.IsEasyToGuess("jane.smith@example.org", "jane.smith@example.org"));
        Assert.False(CommonPasswordValidator.IsEasyToGuess("jane.smith2024!", "someone.else@example.org"));
    }
}
