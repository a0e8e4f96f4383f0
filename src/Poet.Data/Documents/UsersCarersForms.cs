using Poet.Analysis.UsersCarers;

namespace Poet.Data.Documents;

/// <summary>
/// The printed forms of the service-user and carer phase, all from one questionnaire definition: the postal pack
/// (covering letter and questionnaire, a reference number on each form), code slips for answering online, an
/// easy-read version (large type, one question per page, room for a picture) and the interview pack.
/// </summary>
public static class UsersCarersForms
{
    public sealed record Definition(
        string PartnershipName, string Title, string CoveringLetter, IReadOnlyList<string> Outcomes, IReadOnlyList<string> Services,
        IReadOnlyList<string> Barriers, IReadOnlyList<string> Statements);

    public static readonly string[] RespondentTypes = ["I use the service myself", "I am a carer or family member", "I am helping someone to answer"];
    public static readonly string[] SupportLengths = ["Less than 6 months", "6 months to 2 years", "More than 2 years"];
    public static readonly string[] Importance = ["Very important", "Quite important", "Not very important", "Not at all important"];
    public static readonly string[] Happens = ["Always", "Usually", "Sometimes", "Never", "Don't know"];
    public static readonly string[] Agreement = ["Strongly agree", "Agree", "Don't know", "Disagree", "Strongly disagree"];

    /// <summary>The brief's phase-two aim (a): are these the right outcomes, and is any missing?</summary>
    public const string MissingQuestion = "Is anything missing from this list that matters to you or your family?";

    public const string PostalFooter = "No names, please. Your answers are anonymous.";

    // The postal form is read by families, many of them older or with poor sight: nothing on it is smaller than 12 point.
    private static readonly TextStyle FormBody = new(12);
    private static readonly TextStyle FormQuestion = new(12, Bold: true);
    private static readonly TextStyle FormHeading = new(15, Bold: true);
    private static readonly TextStyle FormTitle = new(20, Bold: true);

    /// <summary>The smallest type on a postal form, in points.</summary>
    public const double PostalMinimumPoints = 12;

    public static PdfFile PostalPack(Definition d, IReadOnlyList<string> references)
    {
        var pdf = new PdfLayout($"{d.PartnershipName}: postal questionnaire");
        for (var i = 0; i < references.Count; i++)
        {
            if (i > 0)
            {
                pdf.PageHeader = null;
                pdf.NewPage();
            }
            pdf.StartPart();
            PostalForm(pdf, d, references[i]);
        }
        return pdf.Finish(PostalFooter, FormBody);
    }

    private static void PostalForm(PdfLayout pdf, Definition d, string reference)
    {
        // Every page of a form carries its reference, so a page that comes loose can still be keyed.
        void Ref() => pdf.Paragraph($"Reference: {reference}", FormQuestion);
        Ref();
        pdf.PageHeader = Ref;
        pdf.Heading(d.Title, FormTitle);
        pdf.Paragraph(d.CoveringLetter, FormBody);
        pdf.NewPage();
        pdf.Heading("1. About you and the support you get", FormHeading);
        pdf.Paragraph("Who is filling in this form? Tick one.", FormQuestion);
        pdf.TickBoxes(RespondentTypes, 1, FormBody);
        pdf.Paragraph("Which of these services do you get? Tick all that apply.", FormQuestion);
        pdf.TickBoxes(d.Services, 2, FormBody);
        pdf.Paragraph("How long have you had support from these services? Tick one.", FormQuestion);
        pdf.TickBoxes(SupportLengths, 3, FormBody);

        pdf.NewPage();
        pdf.Heading("2. What matters to you, and does it happen?", FormHeading);
        pdf.Paragraph("For each one, tick how important it is to you, and whether it happens for you.", FormBody);
        for (var i = 0; i < d.Outcomes.Count; i++)
        {
            pdf.EnsureRoom(150);
            pdf.Paragraph($"{i + 1}. {d.Outcomes[i]}", FormQuestion);
            pdf.Paragraph("How important is this to you?", FormBody);
            pdf.TickBoxes(Importance, 2, FormBody);
            pdf.Paragraph("Does this happen for you?", FormBody);
            pdf.TickBoxes(Happens, 3, FormBody);
        }
        pdf.EnsureRoom(80 + 24 * d.Outcomes.Count);
        pdf.Paragraph("Which 3 of these matter most to you? Tick up to 3.", FormQuestion);
        pdf.TickBoxes(d.Outcomes, 1, FormBody);
        pdf.EnsureRoom(90);
        pdf.RuledBox(MissingQuestion + " (optional; please do not write names)", 3, FormBody);

        pdf.NewPage();
        pdf.Heading("3. What makes it hard to get help?", FormHeading);
        pdf.Paragraph("Tick all that apply.", FormBody);
        pdf.TickBoxes(d.Barriers, 1, FormBody);
        pdf.RuledBox("Anything else that makes it hard to get help (please do not write names)", 3, FormBody);
        pdf.Heading("4. What do you think?", FormHeading);
        foreach (var s in d.Statements)
        {
            pdf.EnsureRoom(70);
            pdf.Paragraph(s, FormQuestion);
            pdf.TickBoxes(Agreement, 3, FormBody);
        }
        pdf.RuledBox("Is there anything else you would like to tell us?", 5, FormBody);
        pdf.Paragraph("Thank you. Please return this form in the prepaid envelope.", FormQuestion);
    }

    /// <summary>Slips with one printed code each, for handing out; the code opens one anonymous online response.</summary>
    public static PdfFile CodeSlips(Definition d, string codeEntryUrl, IReadOnlyList<string> codes)
    {
        var pdf = new PdfLayout($"{d.PartnershipName}: questionnaire codes");
        foreach (var code in codes)
        {
            pdf.EnsureRoom(110);
            pdf.Paragraph(d.Title, TextStyle.Heading);
            pdf.Paragraph($"Please tell us what matters to you. Go to {codeEntryUrl} and enter this code:");
            pdf.Paragraph(code, TextStyle.Title);
            pdf.Paragraph("You do not need to give your name. The code lets you stop and carry on later.", TextStyle.Small);
            pdf.Rule(pdf.Left, pdf.Y, pdf.Right, pdf.Y);
            pdf.Space(12);
        }
        return pdf.Finish();
    }

    private static readonly TextStyle EasyBody = new(18);
    private static readonly TextStyle EasyHeading = new(24, Bold: true);
    private static readonly TextStyle EasyReference = new(14, Bold: true);

    /// <summary>The footer of every easy-read page: OpenMoji's licence asks for a credit wherever its pictures are shown.</summary>
    public const string EasyReadFooter = "Pictures: OpenMoji (openmoji.org), CC BY-SA 4.0";

    /// <summary>One outcome as the easy-read form shows it: the coordinator's easy-read wording and its picture's id.</summary>
    public sealed record EasyOutcome(string Wording, string Picture);

    /// <summary>
    /// Easy-read forms, one per reference: short sentences, 18 point type or larger, one question per page with its
    /// picture beside it, and a picture beside every answer (<see cref="UcPictures.ForAnswer"/>). Each form is numbered
    /// on its own and every page carries its reference, as the postal forms do, so a return is keyed and double-keyed
    /// the same way. The questions come in the online easy-read order.
    /// </summary>
    public static PdfFile EasyRead(Definition d, IReadOnlyList<EasyOutcome> outcomes, IReadOnlyList<string> references)
    {
        var pdf = new PdfLayout($"{d.PartnershipName}: easy read questionnaire");
        for (var i = 0; i < references.Count; i++)
        {
            if (i > 0)
            {
                pdf.PageHeader = null;
                pdf.NewPage();
            }
            pdf.StartPart();
            EasyReadForm(pdf, d, outcomes, references[i]);
        }
        return pdf.Finish(EasyReadFooter, FormBody);
    }

    private static void EasyReadForm(PdfLayout pdf, Definition d, IReadOnlyList<EasyOutcome> outcomes, string reference)
    {
        void Ref() => pdf.Paragraph($"Reference: {reference}", EasyReference);
        Ref();
        pdf.PageHeader = Ref;
        pdf.Heading(UcEasyRead.Title, EasyHeading);
        foreach (var line in UcEasyRead.Introduction) pdf.Paragraph(line, EasyBody);
        pdf.Paragraph(UcPictures.Credit, FormBody);
        static IReadOnlyList<string?> Scale(IReadOnlyList<string> labels) => labels.Select(UcPictures.ForAnswer).ToList();
        Question(pdf, UcEasyRead.Who, UcPictures.Who, RespondentTypes, Scale(RespondentTypes));
        Question(pdf, UcEasyRead.Services, UcPictures.Services, d.Services, null);
        Question(pdf, UcEasyRead.SupportLength, UcPictures.SupportLength, SupportLengths, Scale(SupportLengths));
        foreach (var o in outcomes)
        {
            Question(pdf, UcEasyRead.Importance(o.Wording), o.Picture, Importance, Scale(Importance));
            Question(pdf, UcEasyRead.Happens(o.Wording), o.Picture, Happens, Scale(Happens));
        }
        Question(pdf, UcEasyRead.TopThree, UcPictures.TopThree, outcomes.Select(o => o.Wording).ToList(), outcomes.Select(o => (string?)o.Picture).ToList());
        Question(pdf, UcEasyRead.Missing, UcPictures.Missing, [], null);
        Question(pdf, UcEasyRead.Barriers, UcPictures.Barriers, d.Barriers, null);
        foreach (var s in d.Statements) Question(pdf, UcEasyRead.Statement(s), UcPictures.Statement, Agreement, Scale(Agreement));
        Question(pdf, UcEasyRead.AnythingElse, UcPictures.AnythingElse, [], null);
    }

    /// <summary>Size of the picture beside a question and beside an answer, in points.</summary>
    public const double QuestionPicture = 110, AnswerPicture = 40;

    private static void Picture(PdfLayout pdf, string id, double x, double y, double size) =>
        pdf.Image(id, () => PicturePngs.Bytes(id), x, y, size, size);

    private static void Question(PdfLayout pdf, string question, string picture, IReadOnlyList<string> options, IReadOnlyList<string?>? pictures)
    {
        pdf.NewPage();
        const double box = 22, gap = 16;
        pdf.Advance(8);
        var top = pdf.Y;
        Picture(pdf, picture, pdf.Left, top, QuestionPicture);
        var textX = pdf.Left + QuestionPicture + gap;
        var height = pdf.TextBlock(question, EasyHeading, textX, top + 8, pdf.Right - textX);
        pdf.Advance(Math.Max(QuestionPicture, height + 8) + 24);
        foreach (var (option, i) in options.Select((o, i) => (o, i)))
        {
            var answerPicture = pictures?[i];
            var x = pdf.Left + box + 14;
            var row = Math.Max(answerPicture is null ? 0 : AnswerPicture, pdf.Height(option, EasyBody, pdf.Right - x - AnswerPicture - 12));
            pdf.EnsureRoom(row + 14);
            var y = pdf.Y;
            Rectangle(pdf, pdf.Left, y + (row - box) / 2, box, box);
            if (answerPicture is not null)
            {
                Picture(pdf, answerPicture, x, y, AnswerPicture);
                x += AnswerPicture + 12;
            }
            pdf.TextBlock(option, EasyBody, x, y + Math.Max(0, (row - pdf.Height(option, EasyBody, pdf.Right - x)) / 2), pdf.Right - x);
            pdf.Advance(row + 14);
        }
        if (options.Count == 0) pdf.RuledBox("Write or draw here", 8, FormBody);
    }

    private static void Rectangle(PdfLayout pdf, double x, double y, double w, double h)
    {
        pdf.Rule(x, y, x + w, y);
        pdf.Rule(x + w, y, x + w, y + h);
        pdf.Rule(x + w, y + h, x, y + h);
        pdf.Rule(x, y + h, x, y);
    }

    /// <summary>The interview questions; question 7 names this questionnaire's own barriers, so the prompts fit the partnership.</summary>
    public static IReadOnlyList<string> InterviewSchedule(IReadOnlyList<string> barriers) =>
    [
        "Tell me about your contact with the team. Which services do you see, and how did you first come to them?",
        "What has been most helpful? What has been difficult?",
        "Show the outcome sheet. Which of these matter most to you? Why?",
        "Are there any on the sheet that do not matter to you? Why not?",
        "Is anything missing from the sheet that matters to you?",
        "Which of these happen for you now? Can you give an example?",
        barriers.Count == 0 ? "What gets in the way of getting help?"
            : $"What gets in the way of getting help? Other people have mentioned: {string.Join("; ", barriers)}. Do any of these get in the way for you, or something else?",
        "Is there anything else you would like to tell us?",
    ];

    /// <summary>The interview schedule and the outcome sheet, its outcomes in alphabetical order so their order suggests no ranking.</summary>
    public static PdfFile InterviewPack(Definition d)
    {
        var pdf = new PdfLayout($"{d.PartnershipName}: interview pack");
        pdf.Heading("Interview schedule", TextStyle.Title);
        pdf.Paragraph("A semi-structured interview. Ask for consent first; if the person does not agree, stop and record only that. Do not write names in your notes.");
        var schedule = InterviewSchedule(d.Barriers);
        for (var i = 0; i < schedule.Count; i++) pdf.Paragraph($"{i + 1}. {schedule[i]}");
        pdf.Paragraph("Probes: Can you tell me more? Can you give an example? How did that feel?", TextStyle.Small);

        pdf.NewPage();
        pdf.Heading("Outcome sheet", TextStyle.Title);
        pdf.Paragraph("Mark the ones that matter most to you, and the ones that do not matter.");
        pdf.Table(["Outcome", "Matters most", "Does not matter"], [6, 2, 2],
            d.Outcomes.OrderBy(o => o, StringComparer.OrdinalIgnoreCase).Select(o => (IReadOnlyList<string>)[o, "", ""]));
        pdf.RuledBox("Is anything missing that matters to you?", 5);
        return pdf.Finish("Outcome sheet: no names, please");
    }
}
