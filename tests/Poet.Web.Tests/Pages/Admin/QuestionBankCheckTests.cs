using System.Net;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Admin;

/// <summary>A host admin uploads a bank file to check it (issue 23): problems by line, never a 500, or a preview as staff see it.</summary>
public class QuestionBankCheckTests(PoetApp app) : IClassFixture<PoetApp>
{
    private const string Url = "/admin/question-banks/check";

    [Fact]
    public async Task Upload_MalformedFile_ListsEveryProblemByLine()
    {
        var client = await app.HostAdminAsync();
        var response = await client.PostFileAsync(Url, "Upload", "board.csv",
            "id,section,theme,text,help,source\nORG-ACCOUNT-01,3,Accountability,Text,Help,\nORG-ACCOUNT-01,9,Theme,Text,Help,\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.HtmlAsync();
        Assert.Equal("board.csv has 2 problems", doc.GetElementById("problems")!.TextContent.Trim());
        Assert.Equal(["Line 3: the id ORG-ACCOUNT-01 is already used on line 2. Give each statement its own id.",
            "Line 3: section must be 2 (how the partnership feels) or 3 (how it is organised)."],
            doc.QuerySelectorAll("#problem-list li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Upload_ValidFile_PreviewsTheStatementsAsStaffSeeThem()
    {
        var client = await app.HostAdminAsync();
        var response = await client.PostFileAsync(Url, "Upload", "board.csv",
            "id,section,theme,text,help,source\n" +
            "FEEL-TRUST-01,2,Trust,I trust colleagues in other agencies.,\"For example, they do what they say.\",\n" +
            "SGA-LEARN-01,3,Learning,Lessons from reviews change how we work.,\"For example, you can name a change.\",\n");

        var doc = await response.HtmlAsync();
        Assert.Equal("board.csv: 2 statements, no problems", doc.GetElementById("preview")!.TextContent.Trim());
        Assert.Contains("1 statement has a standard id and will be compared with standard rounds; 1 statement is written for this setting.", doc.Body!.TextContent);
        Assert.Equal(2, doc.QuerySelectorAll(".poet-statement").Length);
        Assert.Contains("Lessons from reviews change how we work.", doc.QuerySelectorAll(".poet-statement legend").Select(l => l.TextContent.Trim()).Last());
    }

    [Theory]
    [InlineData("board.xlsx", "id,section\n", "The file must be a CSV file (.csv) saved as UTF-8 text")]
    [InlineData("board.csv", "", "Choose a bank file to check")]
    public async Task Upload_WrongOrEmptyFile_SaysWhatToDo(string name, string content, string message)
    {
        var client = await app.HostAdminAsync();
        var doc = await (await client.PostFileAsync(Url, "Upload", name, content)).HtmlAsync();
        Assert.Equal([message], doc.ErrorSummary());
    }

    [Fact]
    public async Task Get_Coordinator_IsDenied()
    {
        var (_, client, _) = await app.MemberAsync();
        (await client.GetAsync(Url)).AssertRedirect("http://localhost/account/access-denied");
    }
}
