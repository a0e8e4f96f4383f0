namespace Poet.Data.Documents;

/// <summary>Printable outputs of the feedback workshop: the agreed list, the voting results and where each outcome came from.</summary>
public static class OutcomeDocuments
{
    public sealed record Item(int Number, string Wording, bool Contested, IReadOnlyList<string> CompetingWordings, int Votes, IReadOnlyList<Source> Sources);
    public sealed record Source(string Origin, string Outcome, string Rationale);
    public sealed record Content(string PartnershipName, string RoundTitle, int Version, DateOnly CreatedOn, string Reason, IReadOnlyList<Item> Items)
    {
        public bool IsDraftFramework => Items.Any(i => i.Contested);
        public string Title => IsDraftFramework ? "Draft outcomes framework" : "Agreed outcomes";
    }

    public static PdfFile AgreedList(Content c)
    {
        var pdf = Start(c, c.Title);
        if (c.IsDraftFramework)
            pdf.Paragraph("Staff could not agree on every outcome. Outcomes marked ‘contested’ show the competing wordings; agree them before testing the list with users and carers.");
        foreach (var item in c.Items)
        {
            pdf.Paragraph($"{item.Number}. {item.Wording}{(item.Contested ? " (contested)" : "")}", TextStyle.Subheading);
            if (item.Contested) pdf.Bullets(item.CompetingWordings.Select(w => $"Also proposed: {w}"));
        }
        pdf.Heading("In alphabetical order, for interviews");
        pdf.Bullets(c.Items.Select(i => i.Wording).Order(StringComparer.OrdinalIgnoreCase));
        return pdf.Finish($"{c.PartnershipName} · {c.Title}, version {c.Version}");
    }

    public static PdfFile VotingResults(Content c)
    {
        var pdf = Start(c, "Workshop voting results");
        pdf.Paragraph("Dots each outcome received at the feedback workshop, most first.");
        pdf.Table(["Outcome", "Votes"], [5, 1], c.Items.OrderByDescending(i => i.Votes).ThenBy(i => i.Number)
            .Select(i => (IReadOnlyList<string>)[$"{i.Number}. {i.Wording}", i.Votes.ToString()]));
        return pdf.Finish($"{c.PartnershipName} · voting results, version {c.Version}");
    }

    public static PdfFile Provenance(Content c)
    {
        var pdf = Start(c, "Where each outcome came from");
        pdf.Paragraph("Each agreed outcome with the statements it was drawn from, as staff and stakeholders wrote them.");
        foreach (var item in c.Items)
        {
            pdf.Heading($"{item.Number}. {item.Wording}", TextStyle.Subheading);
            if (item.Sources.Count == 0) pdf.Paragraph("No statements: added at the workshop.", TextStyle.Small);
            else pdf.Table(["Statement", "Rationale", "Source"], [3, 3, 1.3], item.Sources.Select(s => (IReadOnlyList<string>)[s.Outcome, s.Rationale, s.Origin]));
        }
        return pdf.Finish($"{c.PartnershipName} · provenance, version {c.Version}");
    }

    private static PdfLayout Start(Content c, string heading)
    {
        var pdf = new PdfLayout($"{c.PartnershipName}: {heading}");
        pdf.Heading($"{c.PartnershipName}: {heading}", TextStyle.Title);
        pdf.Paragraph($"{c.RoundTitle} · version {c.Version}, {c.CreatedOn:d MMMM yyyy} · {c.Reason}", TextStyle.Small);
        return pdf;
    }
}
