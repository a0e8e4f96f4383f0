using OpenQA.Selenium;
using Poet.Browser.Tests.Support;
using Poet.Web.Infrastructure;

namespace Poet.Browser.Tests.Journeys;

public class FirstRunTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public void SetUp_ThenSignOutAndIn_WithKeyboardOnly()
    {
        var token = app.Get<FirstRunSetup>().Token!;
        app.Go($"/setup/{token}");
        app.AssertAccessible();

        // An empty form shows the error summary, which must be accessible too.
        app.Driver.FindElement(By.CssSelector("form button")).SendKeys(Keys.Enter);
        Assert.Contains("Enter your full name", app.Driver.FindElement(By.CssSelector(".govuk-error-summary")).Text);
        app.AssertAccessible();

        app.Driver.FindElement(By.Id("DisplayName")).SendKeys("Hana Host");
        app.Driver.FindElement(By.Id("Email")).SendKeys("host@example.org");
        app.Driver.FindElement(By.Id("Password")).SendKeys("a long enough passphrase" + Keys.Enter);
        Assert.EndsWith("/partnerships", new Uri(app.Driver.Url).AbsolutePath);
    }
}
