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
    public sealed record WorkshopRecord(int Participants, int Groups, int VotesCast, IReadOnlyList<Excluded> Left, IReadOnlyList<Proposal> Proposals, IReadOnlyList<Comment> Comments)
    {
        /// <summary>The importance × certainty stage; null when nobody rated.</summary>
        public Ratings? Ratings { get; init; }
        /// <summary>Votes by group cell (WorkshopGroups.Tally): the cells' labels, and per outcome its dots overall then in each cell; no cells when none can be shown.</summary>
        public IReadOnlyList<string> GroupCells { get; init; } = [];
        public IReadOnlyList<(string Outcome, IReadOnlyList<int> Votes)> VotesByGroup { get; init; } = [];
    }

    /// <summary>The rating stage: who rated, each shortlisted outcome's medians and counts (1 to 5), the group cells compared and where they differ.</summary>
    public sealed record Ratings(int Participants, int Raters, IReadOnlyList<Rated> Outcomes, IReadOnlyList<string> Groups, IReadOnlyList<string> Disagreements,
        IReadOnlyList<AssumptionPoint> Points);
    public sealed record Rated(int Number, string Outcome, int Raters, int? Importance, int? Certainty, IReadOnlyList<int> ImportanceCounts, IReadOnlyList<int> CertaintyCounts);
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

        if (w.GroupCells.Count > 0)
        {
            pdf.Heading("Votes by group");
            pdf.Paragraph("Groups with fewer than 3 people who voted are merged into ‘Other groups’, so no one’s votes are shown on their own.");
            pdf.Table(["Outcome", "All", .. w.GroupCells], [3, 1, .. w.GroupCells.Select(_ => 1.2)],
                w.VotesByGroup.Select(v => (IReadOnlyList<string>)[v.Outcome, .. v.Votes.Select(n => n.ToString())]));
        }

        if (w.Ratings is { } r) RatingsSection(pdf, r);

        pdf.Heading("Comments on the outcomes");
        if (w.Comments.Count == 0) pdf.Paragraph("No comments were made.");
        foreach (var outcome in w.Comments.GroupBy(x => x.Outcome))
        {
            pdf.Paragraph(outcome.Key, TextStyle.Subheading);
            pdf.Bullets(outcome.Select(x => $"{x.Kind}: {x.Text} (group {x.Group})"));
        }
        return pdf.Finish($"{c.PartnershipName} · voting results, version {c.Version}");
    }

    private static void RatingsSection(PdfLayout pdf, Ratings r)
    {
        pdf.Heading("Importance and certainty");
        pdf.Paragraph($"{r.Raters} of {Count(r.Participants, "participant")} rated the {Count(r.Outcomes.Count, "most-voted outcome")} for how important each is "
                      + "and how certain they are that the partnership can deliver it, from 1 to 5.");
        pdf.Paragraph(AssumptionPlot.MediansNote, TextStyle.Small);
        if (r.Points.Count > 0)
        {
            AssumptionPlot.Pdf(pdf, r.Points);
            foreach (var p in r.Points) pdf.Paragraph(AssumptionPlot.Key(p), TextStyle.Small);
        }
        pdf.Table(["Outcome", "Ratings", "Importance (median; how many gave 1 to 5)", "Certainty (median; how many gave 1 to 5)"], [3, 1, 2, 2],
            r.Outcomes.Select(o => (IReadOnlyList<string>)[$"{o.Number}. {o.Outcome}", o.Raters.ToString(),
                o.Importance is null ? "Not rated" : $"{o.Importance}; {string.Join(", ", o.ImportanceCounts)}",
                o.Certainty is null ? "Not rated" : $"{o.Certainty}; {string.Join(", ", o.CertaintyCounts)}"]));
        pdf.Heading("Where the groups differ by 2 or more points", TextStyle.Subheading);
        if (r.Groups.Count == 0)
            pdf.Paragraph("Too few people rated in each group to compare groups: groups are compared once 2 or more each have at least 3 people who rated.");
        else if (r.Disagreements.Count == 0) pdf.Paragraph($"The groups compared ({string.Join("; ", r.Groups)}) are within 1 point of each other on every outcome.");
        else
        {
            pdf.Paragraph($"Groups compared: {string.Join("; ", r.Groups)}. Any disagreement left after the debate is recorded here.");
            pdf.Bullets(r.Disagreements);
        }
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
