using Poet.Analysis.Text;
namespace Poet.Data.Documents;

/// <summary>Printable outputs of the feedback workshop: the agreed list, the voting results and where each outcome came from.</summary>
public static class OutcomeDocuments
{
    public sealed record Item(int Number, string Wording, bool Contested, IReadOnlyList<string> CompetingWordings, int Votes, IReadOnlyList<Source> Sources)
    {
        /// <summary>Made after the workshop closed, so never voted on.</summary>
        public bool AddedAfterWorkshop { get; init; }
    }
    public sealed record Source(string Origin, string Outcome, string Rationale);

    /// <summary>The workshop record: who took part, candidates left out, proposals with what was decided, and comments per outcome.</summary>
    public sealed record WorkshopRecord(int Participants, int Groups, int VotesCast, IReadOnlyList<Excluded> Left, IReadOnlyList<Proposal> Proposals, IReadOnlyList<Comment> Comments);
    public sealed record Excluded(string Wording, int Votes);
    public sealed record Proposal(string Text, int Group, string Decision);
    public sealed record Comment(string Outcome, string Kind, string Text, int Group);

    public sealed record Content(string PartnershipName, string RoundTitle, int Version, DateOnly CreatedOn, string Reason, IReadOnlyList<Item> Items)
    {
        /// <summary>Null when the round had no workshop.</summary>
        public WorkshopRecord? Workshop { get; init; }

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
        var w = c.Workshop;
        if (w is null) pdf.Paragraph("No feedback workshop was held for this round.");
        else pdf.Paragraph($"{Count(w.Participants, "participant")} in {Count(w.Groups, "small group")} took part and cast {Count(w.VotesCast, "vote")}.");
        pdf.Paragraph("Dots each agreed outcome received at the feedback workshop, most first.");
        pdf.Table(["Outcome", "Votes"], [4, 2], c.Items.OrderBy(i => i.AddedAfterWorkshop).ThenByDescending(i => i.Votes).ThenBy(i => i.Number)
            .Select(i => (IReadOnlyList<string>)[$"{i.Number}. {i.Wording}", i.AddedAfterWorkshop ? "Added after the workshop" : i.Votes.ToString()]));
        if (w is null) return pdf.Finish($"{c.PartnershipName} · voting results, version {c.Version}");

        pdf.Heading("Candidates left out of the agreed list");
        if (w.Left.Count == 0) pdf.Paragraph("None: every candidate outcome is in the list.");
        else pdf.Table(["Candidate outcome", "Votes"], [4, 2], w.Left.OrderByDescending(e => e.Votes).Select(e => (IReadOnlyList<string>)[e.Wording, e.Votes.ToString()]));

        pdf.Heading("Missing outcomes proposed by the room");
        if (w.Proposals.Count == 0) pdf.Paragraph("None were proposed.");
        else pdf.Table(["Proposal", "Group", "What the facilitator decided"], [3, 0.8, 3], w.Proposals.Select(p => (IReadOnlyList<string>)[p.Text, p.Group.ToString(), p.Decision]));

        pdf.Heading("Comments on the outcomes");
        if (w.Comments.Count == 0) pdf.Paragraph("No comments were made.");
        foreach (var outcome in w.Comments.GroupBy(x => x.Outcome))
        {
            pdf.Paragraph(outcome.Key, TextStyle.Subheading);
            pdf.Bullets(outcome.Select(x => $"{x.Kind}: {x.Text} (group {x.Group})"));
        }
        return pdf.Finish($"{c.PartnershipName} · voting results, version {c.Version}");
    }

    private static string Count(int n, string noun) => Wording.Count(n, noun);

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
