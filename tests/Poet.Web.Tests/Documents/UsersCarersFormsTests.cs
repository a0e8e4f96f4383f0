using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class UsersCarersFormsTests
{
    private static readonly UsersCarersForms.Definition Definition = new("Riverside Partnership", "What matters to you", "Dear family,\nplease help us.",
        ["Services responding quickly", "Being offered home visits"], ["A keyworker"], ["Parking"], ["Staff listen", "I know who to contact", "Services work together"]);

    [Fact]
    public void PostalPack_TwoForms_EachCarriesItsReference()
    {
        var pdf = UsersCarersForms.PostalPack(Definition, ["AAAA-BBBB", "CCCC-DDDD"]);

        Assert.True(pdf.Mentions("Reference: AAAA-BBBB"));
        Assert.True(pdf.Mentions("Reference: CCCC-DDDD"));
        Assert.True(pdf.Mentions("Dear family,"));
        Assert.True(pdf.Mentions("Is anything missing from this list that matters to you or your family? (optional; please do not write names)"));
        // Every page of a form starts with its reference.
        Assert.All(Enumerable.Range(1, pdf.PageCount), page => Assert.StartsWith("Reference: ", pdf.Text.Where(t => t.Page == page).OrderBy(t => t.Y).First().Text));
        Assert.Equal(pdf.PageCount, Pdf.PageCount(pdf.Bytes));
    }

    [Fact]
    public void PostalPack_EachFormNumberedOnItsOwn_NothingSmallerThan12Point()
    {   // issue 18: "Page 6 of 15" was form 2's first page; prompts were about 8 pt grey
        var pdf = UsersCarersForms.PostalPack(Definition, ["AAAA-BBBB", "CCCC-DDDD", "EEEE-FFFF"]);

        var footers = Enumerable.Range(1, pdf.PageCount).Select(p => pdf.Text.Single(t => t.Page == p && t.Text.StartsWith("Page ")).Text).ToList();
        var perForm = pdf.PageCount / 3;
        Assert.Equal(3 * perForm, pdf.PageCount);
        var expected = Enumerable.Range(0, 3).SelectMany(_ => Enumerable.Range(1, perForm).Select(k => $"Page {k} of {perForm}")).ToList();
        Assert.Equal(expected, footers);
        // The first page of each form carries that form's reference.
        Assert.Equal(["Reference: AAAA-BBBB", "Reference: CCCC-DDDD", "Reference: EEEE-FFFF"],
            new[] { 1, perForm + 1, 2 * perForm + 1 }.Select(p => pdf.Text.Where(t => t.Page == p).OrderBy(t => t.Y).First().Text));
        // Font sizes as written in the PDF's content streams (the Tf operator), not as the layout meant them.
        var sizes = Pdf.FontSizes(pdf.Bytes);
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= UsersCarersForms.PostalMinimumPoints, $"smallest type {sizes.Min()} pt");
        // The reader does see small type where there is some: the code slips' 8 pt note (TextStyle.Small).
        Assert.Equal(8, Pdf.FontSizes(UsersCarersForms.CodeSlips(Definition, "https://poet.example/uc", ["ABCD-EFGH"]).Bytes).Min());
    }

    [Fact]
    public void EasyRead_OneQuestionPerPageWithRoomForAPicture()
    {   // intro, who, services, how long, 2 × (importance, happens), top three, missing, barriers, 3 statements, anything else
        var pdf = UsersCarersForms.EasyRead(Definition);

        Assert.Equal(1 + 1 + 1 + 1 + 4 + 1 + 1 + 1 + 3 + 1, pdf.PageCount);
        Assert.True(pdf.Mentions("Is something missing from the list?"));
        Assert.Equal(pdf.PageCount - 1, pdf.Text.Count(t => t.Text == UsersCarersForms.PictureBox));
        Assert.True(pdf.Mentions("Being offered home visits. Does this happen?"));
    }

    [Fact]
    public void InterviewPack_OutcomeSheet_IsAlphabetical()
    {
        var pdf = UsersCarersForms.InterviewPack(Definition);

        var sheet = pdf.Text.Where(t => t.Page == pdf.PageCount && Definition.Outcomes.Contains(t.Text)).OrderBy(t => t.Y).Select(t => t.Text).ToArray();
        Assert.Equal(["Being offered home visits", "Services responding quickly"], sheet);
        Assert.True(pdf.Mentions("Is anything missing that matters to you?"));
    }
}
