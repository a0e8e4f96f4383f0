using Poet.Analysis.DataProtection;

namespace Poet.Analysis.Tests.DataProtection;

public class DpiaTests
{
    private static string Repo(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Poet.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Poet.sln not found above the test folder"), relative);
    }

    /// <summary>docs/dpia.md is the generated template; regenerate it with <c>Dpia.Markdown(Dpia.Template)</c> when the list changes.</summary>
    [Fact]
    public void DocsDpia_IsTheTemplateWithNoHostDetails() =>
        Assert.Equal(Dpia.Markdown(Dpia.Template).ReplaceLineEndings("\n"), File.ReadAllText(Repo("docs/dpia.md")).ReplaceLineEndings("\n"));

    [Fact]
    public void Markdown_HostDetails_AreFilledIn_AndTheChosenBasisAlone()
    {
        var text = Dpia.Markdown(new HostDetails("Anytown Council", "dpo@anytown.example", "public-task", "PostgreSQL", "Smtp", true));

        Assert.Contains("- Controller: Anytown Council", text);
        Assert.Contains("- Contact for data protection questions: dpo@anytown.example", text);
        Assert.Contains("Chosen by the host: Public task (Article 6(1)(e))", text);
        Assert.DoesNotContain("Legitimate interests (Article 6(1)(f))", text);
        Assert.Contains("- Database: PostgreSQL, run by the host, with a read replica for the national dashboard.", text);
        Assert.DoesNotContain(HostDetails.NotSet, text);
    }

    [Fact]
    public void Template_ListsEveryLawfulBasis_AndMarksWhatIsNotSet()
    {
        var text = Dpia.Markdown(Dpia.Template);
        Assert.All(PersonalData.LawfulBases, b => Assert.Contains("- " + b.Text, text));
        Assert.Contains("- Controller: [not set: add it to the DataProtection settings]", text);
    }

    /// <summary>Every stored item appears in its audience's table, with whether it identifies the person.</summary>
    [Fact]
    public void Markdown_HasARowForEveryDataItem()
    {
        var text = Dpia.Markdown(Dpia.Template);
        Assert.All(PersonalData.Items, i => Assert.Contains($"| {i.What} | {i.Where} | {i.Purpose} | {i.WhoSees} | {i.Kept} | {(i.Identifies ? "Yes" : "No")} |", text));
    }

    /// <summary>
    /// The anonymity promise (docs/anonymity.md): submitted staff answers are not linked to the person, the roster is.
    /// If someone marks the answers as identifying, or the roster as not, this fails.
    /// </summary>
    [Fact]
    public void StaffAnswers_AreNotLinked_TheRosterIs()
    {
        Assert.False(PersonalData.Items.Single(i => i.Where == "Responses, Answers, OutcomeStatements").Identifies);
        Assert.True(PersonalData.Items.Single(i => i.Where == "Invitations" && i.What.StartsWith("Name, work email")).Identifies);
        Assert.Equal("You can ask the controller for what POET holds about you by name (your roster entry, the invitations sent to you, your account). Your submitted answers are not linked to you, so nobody can find, show, correct or delete them on request.",
            PersonalData.Rights(Audience.Staff));
    }

    [Fact]
    public void Rights_AnonymousOnlyAudience_SaysNothingCanBeFound() =>
        Assert.Equal("POET does not know which answers are yours, so it cannot find, show, correct or delete them on request. You can choose not to take part, or stop before you submit.",
            PersonalData.Rights(Audience.Workshop));

    [Fact]
    public void EveryAudience_HasItems_AndASlugThatRoundTrips() =>
        Assert.All(Enum.GetValues<Audience>(), a =>
        {
            Assert.NotEmpty(PersonalData.For(a));
            Assert.Equal(a, PersonalData.FromSlug(PersonalData.Slug(a)));
        });

    [Fact]
    public void FromSlug_Unknown_IsNull() => Assert.Null(PersonalData.FromSlug("everyone"));

    [Fact]
    public void LawfulBasisText_Unknown_SaysWhatToChoose() =>
        Assert.Equal("Not chosen yet. Choose one of: public-task, legitimate-interests, consent.", PersonalData.LawfulBasisText("vital"));
}
