namespace Poet.Data.Documents;

/// <summary>The one-page letter a coordinator hands out with a personal code written on it.</summary>
public static class InvitationLetter
{
    public sealed record Content(string PartnershipName, string RoundTitle, DateOnly ClosesOn, string SurveyAddress, int MinutesNeeded, string Contact);

    public static PdfFile Create(Content c)
    {
        var body = new TextStyle(11);
        var heading = new TextStyle(12, Bold: true);
        var pdf = new PdfLayout($"{c.PartnershipName}: staff survey invitation");
        pdf.Heading($"{c.PartnershipName}: staff survey", TextStyle.Title);
        pdf.Paragraph(c.RoundTitle, heading);
        pdf.Paragraph("Dear colleague,", body);
        pdf.Paragraph($"{c.PartnershipName} is looking at how well it works, using POET (the Partnership Outcomes Evaluation Toolkit). " +
                      "We are asking everyone who works in the partnership, in every partner organisation, to answer a survey about:", body);
        pdf.Bullets(
        [
            "how the partnership feels to you, as someone who works in it;",
            "how the partnership is organised: its structures, ways of working and communication;",
            "which outcomes for service users and carers the partnership should deliver, and why you think it will.",
        ], body);
        pdf.Paragraph("There are no right or wrong answers. Your views will show the partnership what is going well and what needs to change.", body);

        pdf.Heading("Your answers are anonymous", heading);
        pdf.Bullets(SurveyWording.Anonymity, body);

        pdf.Heading("How to take part", heading);
        pdf.Bullets(
        [
            $"It takes about {c.MinutesNeeded} minutes. You can stop and come back later: your answers are saved on every page.",
            $"Please answer by {SurveyWording.LongDate(c.ClosesOn)}.",
            $"Go to {c.SurveyAddress} and type in your personal code. If you have an email from POET with a personal link, you can use that link instead.",
        ], body);

        pdf.Space(6);
        pdf.WritingLine("Your personal code:", TextStyle.Heading);
        pdf.Space(10);
        pdf.Paragraph($"If you have any questions, please ask {c.Contact}. Thank you for taking part.", body);
        return pdf.Finish();
    }
}
