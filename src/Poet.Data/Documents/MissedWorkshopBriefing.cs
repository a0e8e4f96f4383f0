namespace Poet.Data.Documents;

/// <summary>A short written version of the launch workshop, sent to staff who could not attend it.</summary>
public static class MissedWorkshopBriefing
{
    public sealed record Content(string PartnershipName, string RoundTitle, DateOnly ClosesOn, string SurveyAddress, int MinutesNeeded, string Contact);

    public static PdfFile Create(Content c)
    {
        var pdf = new PdfLayout($"{c.PartnershipName}: staff survey briefing");
        pdf.Heading("The staff survey: a briefing for those who missed the launch workshop", TextStyle.Title);
        pdf.Paragraph($"{c.PartnershipName} · {c.RoundTitle}", TextStyle.Subheading);

        pdf.Heading("What POET is");
        pdf.Paragraph("POET, the Partnership Outcomes Evaluation Toolkit, helps a health and social care partnership look at itself: " +
                      "how well it works as a partnership, and whether it makes a difference for the people it serves. " +
                      "It is for learning and development. It does not compare partnerships, and it does not judge teams or individuals.");

        pdf.Heading("The two stages");
        pdf.Bullets(
        [
            "Stage 1, the staff survey. Everyone who works in the partnership is asked how the partnership feels to them, " +
            "how it is organised, and which outcomes for service users it should deliver.",
            "Stage 2, service users and carers. If enough staff take part (the partnership agreed a minimum response rate in advance), " +
            "the partnership asks the people it serves whether the outcomes staff named are the right ones, whether any are missing, " +
            "and how far they are being achieved.",
        ]);

        pdf.Heading("Why outcomes and theories of change matter");
        pdf.Paragraph("Partnerships are set up to make things better for service users and carers, but people in the same partnership often hold " +
                      "different, unspoken ideas about what \"better\" means and how the partnership will get there. The last section of the survey " +
                      "asks you to write yours down as pairs: an outcome (a change that service users or carers would notice) and a rationale " +
                      "(why and how the partnership will bring it about). Together they make a theory of change. Putting everyone's theories side " +
                      "by side shows where people agree, where they differ, and what stage 2 should test. For example:");
        pdf.Table(["Outcome", "Rationale"], [1, 1.6],
        [
            ["Families tell their story once, instead of repeating it to every professional they meet.",
             "Health, education and social care staff now share one assessment and one record, so what a family tells one worker " +
             "reaches the others, with the family's agreement."],
        ]);
        pdf.Paragraph("Try to name a change for the people the partnership serves rather than for the organisation. " +
                      "\"A shared IT system\" is a means; \"families do not have to repeat their story\" is an outcome, and the IT system may be part of its rationale.");

        pdf.Heading("The middle option: \"Don't know\"");
        pdf.Paragraph("Most of the survey is statements with five answers: " + string.Join(", ", SurveyWording.ScaleLabels) + ".");
        pdf.Paragraph(SurveyWording.MiddleOption);
        pdf.Paragraph(SurveyWording.Comments);

        pdf.Heading("What happens to the results");
        pdf.Bullets(
        [
            "After the closing date the answers are analysed together. Results are shown as counts and percentages for each answer, never as scores or league tables.",
            "The partnership receives a \"health of the partnership\" report: areas to celebrate, areas to develop, and every outcome staff suggested.",
            "A feedback workshop, open to all staff, checks the findings and narrows the suggested outcomes to a shorter list that stage 2 can test with service users and carers.",
            "The partnership may repeat the survey later to see what has changed.",
        ]);

        pdf.Heading("Your answers are anonymous");
        pdf.Bullets(SurveyWording.Anonymity);

        pdf.Heading("Taking part");
        pdf.Bullets(
        [
            $"Go to {c.SurveyAddress} and type in the personal code you were given, or use the personal link in your email from POET.",
            $"It takes about {c.MinutesNeeded} minutes, and your answers are saved on every page, so you can stop and come back later.",
            $"Please answer by {SurveyWording.LongDate(c.ClosesOn)}. If you have any questions, please ask {c.Contact}.",
        ]);
        return pdf.Finish();
    }
}
