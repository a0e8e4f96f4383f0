using Poet.Web.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

public class AboutTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Get_OffersPartnershipsOwnPartnersPlusUnsure()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        var doc = await (await client.GetAsync(invitee.Link + "/about")).HtmlAsync();
        var labels = doc.QuerySelectorAll("input[name='Form.Employer'] + label").Select(l => l.TextContent.Trim());
        Assert.Equal(setup.Partners.Select(p => p.Name).Order().Append("Unsure or other"), labels);
        Assert.Equal("Which partner organisation employs you?", doc.QuerySelectorAll("legend")[0].TextContent.Trim());
        Assert.Equal("Section 1 of 4", doc.QuerySelector("#survey-progress-label")!.TextContent);
        Assert.Equal("For example, family support worker or team manager. Leave this blank if few people have your role title: with your organisation it could show who you are.",
            doc.QuerySelector("#Form-RoleTitle-hint, [id$='RoleTitle-hint']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Choices_SavesAndGoesToSection2()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        var response = await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string>
        { ["Form.RoleTitle"] = "  Family support worker ", ["Form.Employer"] = setup.Partners[1].Id.ToString(), ["Form.Group"] = AboutForm.Other });
        response.AssertRedirect(invitee.Link + "/section/2");
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal("Family support worker", stored.RoleTitle);
        Assert.Equal(setup.Partners[1].Id, stored.PartnerOrganisationId);
        Assert.Null(stored.ProfessionalGroupId);
        Assert.True(stored.ProfessionOther);
        Assert.False(stored.PartnerOther);
        Assert.Equal(1, stored.LastSectionSaved);
        // Back on the page, "None or other" is still chosen.
        var doc = await (await client.GetAsync(invitee.Link + "/about")).HtmlAsync();
        Assert.Equal([setup.Partners[1].Id.ToString(), AboutForm.Other], doc.QuerySelectorAll("input[type=radio][checked]").Select(i => i.GetAttribute("value")));
        var check = (await (await client.GetAsync(invitee.Link + "/check")).HtmlAsync()).QuerySelectorAll(".govuk-summary-list__row");
        Assert.Contains(check, r => r.TextContent.Contains("Professional group") && r.TextContent.Contains("None or other"));
    }

    [Fact]
    public async Task Post_Blank_StoredAsNotAnsweredNotAsOther()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);

        var response = await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string>());

        response.AssertRedirect(invitee.Link + "/section/2");
        var stored = (await app.ResponseOfAsync(invitee.Token))!;
        Assert.Equal((null, false, null, false), (stored.PartnerOrganisationId, stored.PartnerOther, stored.ProfessionalGroupId, stored.ProfessionOther));
        Assert.Equal(1, stored.LastSectionSaved);
    }

    [Fact]
    public async Task Post_PartnerOfAnotherPartnership_ShowsErrorAndSavesNothing()
    {
        var mine = await app.CreateRoundAsync();
        var other = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(mine, 1))[0];
        var client = await app.StartAsync(invitee);
        var response = await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.Employer"] = other.Partners[0].Id.ToString() });
        Assert.Equal([AboutForm.UnknownEmployer], (await response.HtmlAsync()).ErrorSummary());
        Assert.Null((await app.ResponseOfAsync(invitee.Token))!.PartnerOrganisationId);
    }

    [Fact]
    public async Task Post_OverlongRoleTitle_ShowsErrorAndKeepsWhatWasTyped()
    {
        var setup = await app.CreateRoundAsync();
        var invitee = (await app.InviteAsync(setup, 1))[0];
        var client = await app.StartAsync(invitee);
        var title = new string('x', 201);
        var response = await client.PostFormAsync(invitee.Link + "/about", new Dictionary<string, string> { ["Form.RoleTitle"] = title });
        var doc = await response.HtmlAsync();
        Assert.Equal(["Role title must be 200 characters or fewer"], doc.ErrorSummary());
        Assert.Equal(title, doc.QuerySelector("#Form_RoleTitle")!.GetAttribute("value"));
        Assert.Null((await app.ResponseOfAsync(invitee.Token))!.RoleTitle);
    }
}
