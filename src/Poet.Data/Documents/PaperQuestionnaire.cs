namespace Poet.Data.Documents;

/// <summary>The round's instrument on paper, for staff who cannot answer online; the coordinator keys returns in.</summary>
public static class PaperQuestionnaire
{
    public sealed record Item(string ItemId, int Section, string Text, string Help);

    public sealed record Content(
        string PartnershipName, string RoundTitle, DateOnly ClosesOn,
        IReadOnlyList<string> PartnerNames, IReadOnlyList<string> ProfessionNames, IReadOnlyList<Item> Items);

    public const string FooterNote = "Paper returns are keyed in by your coordinator; do not write your name on this form";
    public const int OutcomeRows = 5;
    private const double ScaleColumn = 44;
    private static readonly TextStyle ScaleHeader = new(7, Bold: true);

    public static PdfFile Create(Content c)
    {
        var pdf = new PdfLayout($"{c.PartnershipName}: staff survey (paper)");
        Cover(pdf, c);
        pdf.NewPage();
        AboutYou(pdf, c);
        foreach (var section in new[] { 2, 3 })
            ScaleSection(pdf, section, c.Items.Where(i => i.Section == section).ToList());
        Outcomes(pdf);
        return pdf.Finish(FooterNote);
    }

    private static void Cover(PdfLayout pdf, Content c)
    {
        pdf.Heading($"{c.PartnershipName}: staff survey", TextStyle.Title);
        pdf.Paragraph($"{c.RoundTitle} · paper questionnaire", TextStyle.Subheading);
        pdf.Paragraph($"Please return this form by {SurveyWording.LongDate(c.ClosesOn)}.", TextStyle.Subheading);
        pdf.Paragraph("This survey asks how the partnership feels to you, how it is organised, and which outcomes for service users and carers " +
                      "it should deliver. There are no right or wrong answers. If you have already answered online, please do not fill in this form as well.");

        pdf.Heading("Your answers are anonymous");
        pdf.Bullets(
        [
            "Do not write your name anywhere on this form or on the envelope.",
            "POET keeps no record of which answers are yours: answers from paper are stored exactly like answers given online, with nothing that links them to you.",
            $"Results are only shown for groups of {SurveyWording.MinimumGroupSize} or more people, so no one can be picked out.",
            "Your coordinator types the answers from this form into POET. Return it in a sealed envelope, without your name, so they cannot tell whose it is.",
        ]);

        pdf.Heading("How to fill it in");
        pdf.Bullets(
        [
            "Use a black or blue pen. Tick one box for each statement: " + string.Join(", ", SurveyWording.ScaleLabels) + ".",
            "If you change your mind, fill in the wrong box completely and tick the right one.",
            SurveyWording.MiddleOption,
            SurveyWording.Comments,
            "The small print under each statement explains what it means and gives an example.",
            "Section 4 asks for outcomes for service users and carers, each with its rationale: why and how the partnership will achieve it.",
        ]);

        pdf.Heading("The four sections");
        pdf.Bullets(Enumerable.Range(1, 4).Select(s => $"Section {s}: {SurveyWording.SectionTitle(s)}"));
    }

    private static void AboutYou(PdfLayout pdf, Content c)
    {
        pdf.Heading($"Section 1: {SurveyWording.SectionTitle(1)}");
        pdf.Paragraph("1.1  What is your role or job title?", TextStyle.Subheading);
        pdf.WritingLine("Role or job title:");
        pdf.Space(8);
        pdf.Paragraph("1.2  Which partner organisation employs you? Tick one.", TextStyle.Subheading);
        pdf.TickBoxes([.. c.PartnerNames, "Unsure or other"]);
        pdf.Space(4);
        pdf.Paragraph("1.3  Do you identify with one of these professional groups? Tick one.", TextStyle.Subheading);
        pdf.TickBoxes([.. c.ProfessionNames, "None or other"]);
    }

    private static void ScaleSection(PdfLayout pdf, int section, IReadOnlyList<Item> items)
    {
        if (items.Count == 0) return;
        var textWidth = pdf.Width - 5 * ScaleColumn - 12;
        pdf.EnsureRoom(60 + ScaleHeaderHeight + RowHeight(pdf, items[0], textWidth));
        pdf.Heading($"Section {section}: {SurveyWording.SectionTitle(section)}");
        pdf.Paragraph("Tick one box for each statement.", TextStyle.Small);
        ScaleHeaderRow(pdf);
        for (var i = 0; i < items.Count; i++)
        {
            if (pdf.EnsureRoom(RowHeight(pdf, items[i], textWidth))) ScaleHeaderRow(pdf);
            ScaleRow(pdf, $"{section}.{i + 1}", items[i], textWidth);
        }
    }

    private static double ScaleHeaderHeight => 2 * ScaleHeader.LineHeight + 6;

    private static void ScaleHeaderRow(PdfLayout pdf)
    {
        var x = pdf.Right - 5 * ScaleColumn;
        foreach (var label in SurveyWording.ScaleLabels)
        {
            var lines = pdf.Wrap(label, ScaleHeader, ScaleColumn - 4);
            var top = pdf.Y + (2 - lines.Count) * ScaleHeader.LineHeight; // labels sit on a common bottom line
            foreach (var line in lines)
            {
                pdf.Text(line, ScaleHeader, x + (ScaleColumn - pdf.MeasureWidth(line, ScaleHeader)) / 2, top);
                top += ScaleHeader.LineHeight;
            }
            x += ScaleColumn;
        }
        pdf.Advance(ScaleHeaderHeight - 2);
        pdf.Rule(pdf.Left, pdf.Y, pdf.Right, pdf.Y);
    }

    private const double Pad = 6;
    private const double NumberColumn = 30;
    private const double CommentHeight = 24;

    private static double RowHeight(PdfLayout pdf, Item item, double textWidth) =>
        Pad + pdf.Height(item.Text, TextStyle.Body, textWidth - NumberColumn) + HelpHeight(pdf, item, textWidth) + CommentHeight + Pad;

    private static double HelpHeight(PdfLayout pdf, Item item, double textWidth) =>
        string.IsNullOrWhiteSpace(item.Help) ? 0 : pdf.Height(item.Help, TextStyle.Small, textWidth - NumberColumn) + 2;

    private static void ScaleRow(PdfLayout pdf, string number, Item item, double textWidth)
    {
        var top = pdf.Y + Pad;
        pdf.Text(number, TextStyle.Subheading, pdf.Left, top);
        var y = top + pdf.TextBlock(item.Text, TextStyle.Body, pdf.Left + NumberColumn, top, textWidth - NumberColumn);
        if (!string.IsNullOrWhiteSpace(item.Help)) y += pdf.TextBlock(item.Help, TextStyle.Small, pdf.Left + NumberColumn, y + 2, textWidth - NumberColumn) + 2;

        var x = pdf.Right - 5 * ScaleColumn;
        for (var k = 0; k < 5; k++) pdf.TickBox(x + k * ScaleColumn + (ScaleColumn - PdfLayout.BoxSize) / 2, top + 1);
        var reference = $"ref. {item.ItemId}";
        pdf.Text(reference, TextStyle.Small, pdf.Right - pdf.MeasureWidth(reference, TextStyle.Small), top + PdfLayout.BoxSize + 6);

        y += 8;
        pdf.Text("Comment:", TextStyle.Small, pdf.Left + NumberColumn, y);
        var lineY = y + TextStyle.Small.Size + 2;
        pdf.Rule(pdf.Left + NumberColumn + pdf.MeasureWidth("Comment:", TextStyle.Small) + 4, lineY, pdf.Right, lineY);
        pdf.Advance(RowHeight(pdf, item, textWidth));
        pdf.Rule(pdf.Left, pdf.Y, pdf.Right, pdf.Y);
    }

    private static void Outcomes(PdfLayout pdf)
    {
        pdf.EnsureRoom(300);
        pdf.Heading($"Section 4: {SurveyWording.SectionTitle(4)}");
        pdf.Paragraph("Think about the people the partnership serves. What should be different for them because the partnership exists? " +
                      $"Write up to {OutcomeRows} outcomes. For each one, give its rationale: why and how the partnership will achieve it.");
        pdf.Paragraph("For example: outcome \"Families tell their story once, instead of repeating it to every professional\"; rationale \"Staff share one " +
                      "assessment and one record, so what a family tells one worker reaches the others, with the family's agreement.\"", TextStyle.Small);
        for (var n = 1; n <= OutcomeRows; n++)
        {
            pdf.EnsureRoom(150);
            pdf.Paragraph($"Outcome {n}", TextStyle.Subheading);
            pdf.RuledBox("What should be different for service users or carers?", lines: 2);
            pdf.RuledBox("Rationale: why and how will the partnership achieve it?", lines: 3);
            pdf.Space(4);
        }
        pdf.Heading("Thank you", TextStyle.Subheading);
        pdf.Paragraph("Put the form in an envelope, seal it, and return it to your coordinator without your name.");
    }
}
