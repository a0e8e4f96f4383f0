using DocumentFormat.OpenXml;
using Poet.Analysis.Contribution;
using Poet.Data.Documents;
using Poet.Web.Pages.Reports;

namespace Poet.Web.Pages.Contribution;

/// <summary>
/// The board's summary of every contribution story, as PDF and Word from one list of blocks (as the local report does),
/// drawn by <see cref="PdfLayout"/> and <see cref="WordLayout"/>.
/// </summary>
public static class ContributionFiles
{
    private abstract record Block;
    private sealed record Heading(string Text, bool Major = true) : Block;
    private sealed record Para(string Text) : Block;
    private sealed record Bullets(IReadOnlyList<string> Items) : Block;

    public const string Title = "Contribution analysis: summary for the partnership board";

    public static PdfFile Pdf(ContributionData d)
    {
        var pdf = new PdfLayout($"{d.PartnershipName}: {Title}");
        pdf.Paragraph(d.PartnershipName, TextStyle.Subheading);
        pdf.Paragraph(Title, TextStyle.Title);
        foreach (var block in Blocks(d))
        {
            switch (block)
            {
                case Heading h: pdf.Heading(h.Text, h.Major ? null : TextStyle.Subheading); break;
                case Para p: pdf.Paragraph(p.Text); break;
                case Bullets b: pdf.Bullets(b.Items); break;
            }
        }
        return pdf.Finish($"{d.PartnershipName} · contribution analysis");
    }

    public static byte[] Word(ContributionData d) => WordLayout.Write(body =>
    {
        body.Append(WordLayout.Heading("Title", Title), WordLayout.Para(d.PartnershipName));
        foreach (var block in Blocks(d)) body.Append(WordBlock(block));
    });

    private static IEnumerable<OpenXmlElement> WordBlock(Block block)
    {
        switch (block)
        {
            case Heading h: yield return WordLayout.Heading(h.Major ? "Heading1" : "Heading2", h.Text); break;
            case Para p: yield return WordLayout.Para(p.Text); break;
            case Bullets b: foreach (var i in b.Items) yield return WordLayout.Para("• " + i); break;
        }
    }

    private static IEnumerable<Block> Blocks(ContributionData d)
    {
        yield return new Para("For each agreed outcome: how the partnership expects to contribute, the evidence POET holds for each link from published reports (figures for fewer than 5 people are never shown), and the gaps still to fill.");
        foreach (var o in d.Outcomes)
        {
            var s = o.Summary;
            yield return new Heading(s.Outcome);
            foreach (var link in s.Links)
            {
                yield return new Heading(link.Heading, Major: false);
                yield return new Para(link.Story.Length == 0 ? "Not written yet." : link.Story);
                var evidence = link.Evidence.Select(e => e.Text).ToList();
                if (link.Gap is { } gap) evidence.Add("Gap: " + gap);
                if (evidence.Count > 0) yield return new Bullets(evidence);
            }
            yield return new Heading("Assumptions and risks", Major: false);
            yield return new Para("Assumptions: " + (s.Assumptions.Length == 0 ? "none recorded yet." : s.Assumptions));
            yield return new Para("Risks: " + (s.Risks.Length == 0 ? "none recorded yet." : s.Risks));
            yield return new Heading("Other influences", Major: false);
            yield return new Para(s.OtherInfluences.Length == 0 ? "None recorded yet." : s.OtherInfluences);
            if (s.Gaps.Count > 0)
            {
                yield return new Heading("Gaps", Major: false);
                yield return new Bullets(s.Gaps);
            }
        }
    }
}
