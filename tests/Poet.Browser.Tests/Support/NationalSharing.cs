using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Poet.Web.Infrastructure;

namespace Poet.Browser.Tests.Support;

/// <summary>Sharing a round as a coordinator does it: the codes pooling needs, then the board's consent.</summary>
public static class NationalSharing
{
    public const string AgreedBy = "Sam Patel, chair of the partnership board";

    /// <summary>Gives the demo partnership every national code, so the share form preselects them and seeded rounds can copy them.</summary>
    public static Task ProfileDemoAsync(BrowserApp app) => app.WithDbAsync(async db =>
    {
        var p = await db.Partnerships.SingleAsync(x => x.Name == DemoData.PartnershipName);
        (p.TypeCode, p.ClientGroupCode, p.GovernanceCode, p.RegionCode, p.DepthCode, p.BreadthCode) =
            ("integrated-service", "older-people", "pooled-budget", "north-west", "formal", "medium");
        await db.SaveChangesAsync();
    });

    /// <summary>On the round's national dataset page: keeps every suggested code, picks the first choice where none is suggested, records consent and shares.</summary>
    public static void Share(BrowserApp app)
    {
        var form = app.Driver.FindElement(By.Id("share-form"));
        foreach (var select in form.FindElements(By.TagName("select")))
            if (string.IsNullOrEmpty(select.GetDomProperty("value"))) select.FindElements(By.TagName("option"))[1].Click();
        app.Driver.FindElement(By.Id("Consent_By")).SendKeys(AgreedBy);
        var today = DateTime.UtcNow;
        app.Driver.FindElement(By.Id("Consent_Date")).SendKeys(today.Day.ToString());
        app.Driver.FindElement(By.Id("Consent_Date-month")).SendKeys(today.Month.ToString());
        app.Driver.FindElement(By.Id("Consent_Date-year")).SendKeys(today.Year.ToString());
        app.Driver.FindElement(By.Id("Consent_Terms")).Click();
        app.PressEnterAndWait(form.FindElements(By.CssSelector("button")).Single(b => b.Text == "Share this round with the national dataset"));
    }
}
