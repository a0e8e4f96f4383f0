using Poet.Data.Documents;

namespace Poet.Web.Tests.Documents;

public class PdfLayoutTests
{
    [Fact]
    public void Wrap_LongText_NoLineWiderThanTheColumn()
    {
        var pdf = new PdfLayout("test");
        var text = string.Join(" ", Enumerable.Repeat("partnership outcomes evaluation", 20));
        var lines = pdf.Wrap(text, TextStyle.Body, 200);
        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.True(pdf.MeasureWidth(l, TextStyle.Body) <= 200, l));
        Assert.Equal(text, string.Join(" ", lines));
    }

    [Fact]
    public void Wrap_WordWiderThanTheColumn_IsBrokenAcrossLines()
    {
        var pdf = new PdfLayout("test");
        var lines = pdf.Wrap("https://poet.example.org/a/very/long/address/that/cannot/fit/in/a/narrow/column", TextStyle.Body, 80);
        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(pdf.MeasureWidth(l, TextStyle.Body) <= 80, l));
    }

    [Fact]
    public void Paragraph_LongerThanAPage_ContinuesOnTheNextPage()
    {
        var pdf = new PdfLayout("test");
        pdf.Paragraph(string.Join(" ", Enumerable.Repeat("word", 2000)));
        var file = pdf.Finish();
        Assert.True(file.PageCount > 1);
        Assert.Equal(file.PageCount, Pdf.PageCount(file.Bytes));
    }

    [Fact]
    public void Table_RowsSpillingOntoANewPage_RepeatTheHeader()
    {
        var pdf = new PdfLayout("test");
        pdf.Table(["Outcome", "Rationale"], [1, 1], Enumerable.Range(1, 80).Select(n => (IReadOnlyList<string>)[$"Outcome {n}", $"Because {n}"]));
        var file = pdf.Finish();
        Assert.True(file.PageCount > 1);
        Assert.Equal(Enumerable.Range(1, file.PageCount), file.Text.Where(t => t.Text == "Rationale").Select(t => t.Page));
    }

    [Fact]
    public void Register_FromManyThreads_FontsStillResolve()
    {
        Parallel.For(0, 16, _ => PoetFonts.Register());
        var file = InvitationLetter.Create(new("P", "R", new DateOnly(2026, 1, 2), "https://x.example/survey/code", 20, "the coordinator"));
        Assert.Equal(1, Pdf.PageCount(file.Bytes));
    }
}
