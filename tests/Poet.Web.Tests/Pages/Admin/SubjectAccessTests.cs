using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Admin;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Rounds;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>A subject access answer (issue 23): what POET holds about a named person, never their anonymous answers.</summary>
public class SubjectAccessTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Url = "/admin/subject-access";

    [Fact]
    public async Task Search_RosterPerson_ShowsTheirEntryAndEmails_AndSaysAnswersCannotBeFound()
    {
        var s = await app.CoordinatorAsync(partners: ["Council", "Health trust"]);
        var rid = await app.CreateRoundAsync(s.Pid);
        var email = Scenario.NewEmail("Asha.Patel");
        await app.WithDbAsync(async db =>
        {
            var partner = await db.PartnerOrganisations.FirstAsync(p => p.PartnershipId == s.Pid && p.Name == "Council");
            db.Invitations.Add(new Invitation { RoundId = rid, Email = email, Name = "Asha Patel", PartnerOrganisationId = partner.Id, HasSubmitted = true });
            db.Emails.Add(new EmailMessage { To = email.ToUpperInvariant(), Subject = "Your invitation", Status = EmailStatus.Pending, CreatedUtc = DateTime.UtcNow, NotBeforeUtc = DateTime.UtcNow });
            db.Emails.Add(new EmailMessage { To = "someone.else@example.org", Subject = "Not theirs", CreatedUtc = DateTime.UtcNow, NotBeforeUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var admin = await app.HostAdminAsync();

        var doc = await (await admin.PostFormAsync(Url, new() { ["Email"] = " " + email + " " })).HtmlAsync();

        var row = Assert.Single(doc.QuerySelectorAll("#roster-table tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["Asha Patel", "Council", "Not sent, 0 reminders", "Yes"], cells[1..]);
        Assert.Equal(["Your invitation (waiting to be sent)"], doc.QuerySelectorAll("#email-list li").Select(li => li.TextContent.Trim()));
        Assert.Equal("No account uses this address.", doc.QuerySelector("#account + p")!.TextContent.Trim());
        Assert.Equal(SubjectAccessModel.CannotFindAnswers, doc.GetElementById("not-found")!.TextContent.Trim());
        Assert.True(await app.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "subject-access.searched" && a.Detail == email)));
    }

    [Fact]
    public async Task Search_Coordinator_ShowsTheAccountAndPartnership()
    {
        var (_, _, coordinator) = await app.MemberAsync(name: "Access partnership");
        var admin = await app.HostAdminAsync();

        var doc = await (await admin.PostFormAsync(Url, new() { ["Email"] = coordinator.Email! })).HtmlAsync();

        var list = doc.QuerySelectorAll("dl .govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(coordinator.Email, list["Email"]);
        Assert.Equal("Access partnership (coordinator)", list["Partnerships"]);
        Assert.Equal("This address is on no roster.", doc.QuerySelector("#roster + p")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "Enter an email address")]
    [InlineData("not an address", "Enter an email address in the correct format, like name@example.org")]
    public async Task Search_BadAddress_SaysWhatToDo(string email, string message)
    {
        var admin = await app.HostAdminAsync();
        var doc = await (await admin.PostFormAsync(Url, new() { ["Email"] = email })).HtmlAsync();
        Assert.Equal([message], doc.ErrorSummary());
        Assert.Null(doc.GetElementById("roster"));
    }

    [Fact]
    public async Task Get_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        (await client.GetAsync(Url)).AssertRedirect("http://localhost/account/access-denied");
    }
}
