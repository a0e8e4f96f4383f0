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

    private static readonly UsersCarersForms.EasyOutcome[] EasyOutcomes = [new("I get help fast", "time"), new("Staff can visit me at home", "home")];

    // intro, who, services, how long, 2 × (importance, happens), top three, missing, barriers, 3 statements, anything else
    private const int EasyPages = 1 + 1 + 1 + 1 + 4 + 1 + 1 + 1 + 3 + 1;

    [Fact]
    public void EasyRead_OneQuestionPerPageInTheEasyWording_Large()
    {
        var pdf = UsersCarersForms.EasyRead(Definition, EasyOutcomes, ["AAAA-BBBB"]);

        Assert.Equal(EasyPages, pdf.PageCount);
        Assert.True(pdf.Mentions("Is something missing from the list?"));
        Assert.True(pdf.Mentions("Staff can visit me at home. Does this happen?"));
        Assert.False(pdf.Mentions("Being offered home visits"));
        Assert.False(pdf.Mentions("Room for a picture"));
        Assert.True(pdf.Mentions("Pictures from OpenMoji (openmoji.org), licence CC BY-SA 4.0."));
        // Nothing smaller than the postal forms' 12 point (the footer); questions and answers are 18 point and more.
        Assert.True(Pdf.FontSizes(pdf.Bytes).Min() >= 12, $"smallest type {Pdf.FontSizes(pdf.Bytes).Min()} pt");
    }

    [Fact]
    public void EasyRead_TwoForms_PdftotextShowsTheReferenceAndThePictureCreditOnEveryPage_NumberedPerForm()
    {
        var pdf = UsersCarersForms.EasyRead(Definition, EasyOutcomes, ["AAAA-BBBB", "CCCC-DDDD"]);

        var pages = Pdf.TextByPage(pdf.Bytes);
        Assert.Equal(2 * EasyPages, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var (reference, page) = i < EasyPages ? ("AAAA-BBBB", i + 1) : ("CCCC-DDDD", i - EasyPages + 1);
            Assert.Contains($"Reference: {reference}", pages[i]);
            Assert.Contains($"Page {page} of {EasyPages}", pages[i]);
            Assert.Contains("Pictures: OpenMoji (openmoji.org), CC BY-SA 4.0", pages[i]);
        }
    }

    [Fact]
    public void EasyRead_APictureBesideEveryQuestionAndEveryScaleAnswer_EachImageEmbeddedOnce()
    {
        var pdf = UsersCarersForms.EasyRead(Definition, EasyOutcomes, ["AAAA-BBBB", "CCCC-DDDD"]);

        var images = Pdf.ImagesByPage(pdf.Bytes);
        // Per page: the question's picture plus one per answer with a picture (UcPictures.ForAnswer). Who: 1 + 3;
        // services (the partnership's own): 1; how long: 1 + 3; importance: the outcome's + 4 faces; happens: + 5 faces
        // (the thinking face for "Don't know"); top three: 1 + the 2 outcomes' pictures; missing, barriers: 1; each
        // statement: 1 + 5 faces; anything else: 1. The introduction has none.
        int[] perForm = [0, 4, 1, 4, 5, 6, 5, 6, 3, 1, 1, 6, 6, 6, 1];
        Assert.Equal([.. perForm, .. perForm], images.Select(p => p.Count));
        // Every page shows the same image object for the same picture: the 2 forms hold 24 distinct pictures, not hundreds.
        var distinct = images.SelectMany(p => p).Distinct().Count();
        Assert.Equal(new[] { "people", "person", "family", "handshake", "helping-hands", "hourglass", "seedling", "plant", "outdoors", "time", "home",
            "very-happy", "happy", "neutral", "sad", "not-sure", "star", "search", "barrier", "speech", "unhappy", "writing" }.Length, distinct);
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
