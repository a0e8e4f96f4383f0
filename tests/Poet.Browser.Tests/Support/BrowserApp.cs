using System.Text.Json;
using Deque.AxeCore.Commons;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Poet.Web.Tests.Support;

namespace Poet.Browser.Tests.Support;

/// <summary>POET on real Kestrel (a browser cannot reach the in-memory test server) plus one headless Debian Chromium.</summary>
public sealed class BrowserApp : PoetApp
{
    private ChromeDriver? _driver;

    public BrowserApp() => UseKestrel(0);

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public IWebDriver Driver => _driver ??= StartChromium();

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public void Go(string path) => Driver.Navigate().GoToUrl(Url(path));

    /// <summary>A further browser with its own cookie jar, for journeys with several people; the caller quits it.</summary>
    public static ChromeDriver StartChromium()
    {
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        // Pressing Enter starts a navigation that FindElement may otherwise race.
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);
        return driver;
    }

    /// <summary>Runs axe-core on the current page and returns serious and critical violations as "id: help (n nodes)".</summary>
    public IReadOnlyList<string> SeriousAccessibilityViolations() => SeriousAccessibilityViolations(Driver);

    public static IReadOnlyList<string> SeriousAccessibilityViolations(IWebDriver driver)
    {
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript(new BundledAxeScriptProvider().GetScript());
        var json = (string?)js.ExecuteAsyncScript(
            "var done = arguments[arguments.length - 1];" +
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'] } })" +
            ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])); });");
        using var doc = JsonDocument.Parse(json ?? "[]");
        return doc.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({v.GetProperty("nodes").GetArrayLength()} nodes) at {driver.Url}")
            .ToList();
    }

    /// <summary>Presses Enter on a form's button or field and waits until the next page has replaced this one.</summary>
    public void PressEnterAndWait(IWebElement element) => PressEnterAndWait(Driver, element);

    public static void PressEnterAndWait(IWebDriver driver, IWebElement element)
    {
        // A marker on the old document's window: a new page load starts without it.
        var js = (IJavaScriptExecutor)driver;
        js.ExecuteScript("window.poetOldPage = true;");
        element.SendKeys(Keys.Enter);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (js.ExecuteScript("return window.poetOldPage === undefined && document.readyState === 'complete';") is true) return;
            }
            catch (WebDriverException)
            {
                // The document is being replaced while we ask; ask again.
            }
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"The page did not change after pressing the button at {driver.Url}");
    }

    /// <summary>Signs in through the sign-in page and waits for the page after it.</summary>
    public void SignIn(string email, string password)
    {
        Go("/account/sign-in");
        Driver.FindElement(By.Id("Email")).SendKeys(email);
        Driver.FindElement(By.Id("Password")).SendKeys(password);
        PressEnterAndWait(Driver.FindElement(By.Id("Password")));
    }

    public void AssertAccessible() => Assert.Empty(SeriousAccessibilityViolations());

    public static void AssertAccessible(IWebDriver driver) => Assert.Empty(SeriousAccessibilityViolations(driver));

    public void Screenshot(string path) => ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(path);

    public override async ValueTask DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        await base.DisposeAsync();
    }
}
