using System.Text;

namespace Poet.Analysis.DataProtection;

/// <summary>A risk a DPIA must weigh, what POET does about it, and what is left.</summary>
public sealed record DpiaRisk(string Risk, string Mitigation, string Residual);

/// <summary>
/// The data protection impact assessment POET can describe about itself, filled in with one host's details. docs/dpia.md
/// is this text with no host details (<see cref="Template"/>), and <c>DpiaTests</c> keeps the two the same.
/// </summary>
public static class Dpia
{
    public static readonly HostDetails Template = new(HostDetails.NotSet, HostDetails.NotSet, "", "Sqlite or Postgres", "FileDrop or Smtp", false);

    public static readonly IReadOnlyList<DpiaRisk> Risks =
    [
        new("A copy of the database or a backup is stolen, and someone tries to find out what a member of staff answered.",
            "Submitted answers carry no invitation id, token-derived value, date or time, and are rewritten in random order in batches of at least 5 (the mix); drafts and waiting submissions are encrypted under the server secret, which is never stored with the data; SQLite zeroes freed pages.",
            "The roster shows who was invited and who submitted. Where a partner and profession pair is unique on the roster, the response with that pair can be matched to the person."),
        new("A coordinator works out one person's answers by comparing tables or downloads.",
            "Every table by partner or profession comes from one protected release: cells under 5 are hidden jointly with the cells that would reveal them, the export is k-anonymous (k = 5), and nothing but counts is shown while a round is open.",
            "Free-text comments can identify their writer by what they say; coordinators moderate them and POET masks names it recognises, but cannot catch everything."),
        new("Personal links in email are read by someone else (a shared mailbox, a forwarded message, the outbox folder).",
            "A link opens only an unsubmitted survey; after submission it finds nothing. With SMTP mail POET writes no message to disk; message bodies that may hold a personal link are removed from the Emails table once delivered.",
            "Whoever holds a link before the person submits can answer as them."),
        new("The national dataset is used to single out a partnership.",
            "Only rounds a coordinator opted in, only pre-aggregated counts of standard items; every figure needs at least 5 partnerships, none above half of it, and filters that cannot be differenced.",
            "Partnerships with unusual profiles are still part of small published groups of 5."),
        new("Roster contact details, email records and audit details are kept longer than needed.",
            "A retention schedule the host sets (section 4a) and POET enforces every hour: roster names and addresses, link hashes, sent emails and outbox files, interview notes and audit details are deleted or reduced on time, each run logged with counts only.",
            "Backups taken before a deletion still hold what was deleted until the host's backup rotation removes them."),
        new("An account is taken over.",
            "Passwords of 12 or more characters checked against common passwords, rate limits on every sign-in path, server-side sessions that end at sign-out, audited admin actions (docs/security.md).",
            "No multi-factor authentication yet for host administrators and coordinators."),
        new("The host (or someone who changes the running code) reads answers as they arrive.",
            "Nothing in POET can stop this; the threat model says so plainly (docs/anonymity.md).",
            "Staff must trust the host, as with any hosted survey."),
    ];

    /// <summary>The whole assessment as Markdown, in the order the ICO's DPIA template asks its questions.</summary>
    public static string Markdown(HostDetails host)
    {
        var s = new StringBuilder();
        s.AppendLine("# Data protection impact assessment: POET");
        s.AppendLine();
        s.AppendLine("POET (Partnership Outcomes Evaluation Toolkit) writes this description from what its code stores. A host adapts it: add the");
        s.AppendLine("partnership's own purposes, name the people responsible, and check each answer against the way the service is run.");
        s.AppendLine("A host administrator can download it filled in with the host's settings from `/admin/data-protection`.");
        s.AppendLine();
        s.AppendLine("## 1. Who is responsible");
        s.AppendLine();
        s.AppendLine($"- Controller: {host.Controller}");
        s.AppendLine($"- Contact for data protection questions: {host.Contact}");
        s.AppendLine("- Each partnership's partner organisations are usually joint controllers of their round's data; the host runs POET for them as controller or as their processor, as the host's agreement with them says.");
        s.AppendLine();
        s.AppendLine("## 2. What the processing is for");
        s.AppendLine();
        s.AppendLine("A health and social care partnership asks its staff how the partnership works and what it should achieve for the people it serves, agrees outcomes at a workshop, and asks people who use services, their families and carers which outcomes matter and whether they happen. Optional Q-sorts compare viewpoints. Closed rounds may be shared, as counts only, in a national dataset.");
        s.AppendLine();
        s.AppendLine("## 3. Lawful basis");
        s.AppendLine();
        s.AppendLine(string.IsNullOrEmpty(host.LawfulBasis) ? "The host chooses one and records why:" : $"Chosen by the host: {PersonalData.LawfulBasisText(host.LawfulBasis)}");
        s.AppendLine();
        if (string.IsNullOrEmpty(host.LawfulBasis))
        {
            foreach (var (_, text) in PersonalData.LawfulBases) s.AppendLine($"- {text}");
            s.AppendLine();
        }
        s.AppendLine("POET asks for no special category data. Free-text answers may contain some (health, for example) if people write it; comments are moderated before reports show them.");
        s.AppendLine();
        s.AppendLine("## 4. The data, where it lives, who sees it and how long it is kept");
        s.AppendLine();
        foreach (var audience in Enum.GetValues<Audience>())
        {
            s.AppendLine($"### {PersonalData.AudienceName(audience)}");
            s.AppendLine();
            s.AppendLine("| Data | Stored in | Why | Who can see it | Kept | Linked to the person |");
            s.AppendLine("|---|---|---|---|---|---|");
            foreach (var i in PersonalData.For(audience, host.Periods))
                s.AppendLine($"| {i.What} | {i.Where} | {i.Purpose} | {i.WhoSees} | {i.Kept} | {(i.Identifies ? "Yes" : "No")} |");
            s.AppendLine();
        }
        s.AppendLine("## 4a. Retention schedule");
        s.AppendLine();
        s.AppendLine("POET deletes or reduces these on schedule, checking every hour, and writes each run to the audit log as counts, never names. A host administrator sets the periods on `/admin/data-protection/retention`.");
        s.AppendLine();
        foreach (var rule in Retention.Rules) s.AppendLine($"- {rule.Label}: {rule.Kept(host.Periods).ToLowerInvariant()}.");
        s.AppendLine();
        s.AppendLine("Reports mask roster names in free text as they show it. Before a roster's names are deleted, POET writes those masks into the stored comments, outcome statements, families' free text, interview notes, quotations and Q-sort reasons, so every report reads as it did and no deleted name survives in the text. Responses, answers and reports are never deleted by the schedule. The round page says when its contact details will be, or were, deleted.");
        s.AppendLine();
        s.AppendLine("## 5. How a staff answer stays anonymous");
        s.AppendLine();
        s.AppendLine("The threat model is docs/anonymity.md. In short: an invitation stores only hashes of the personal link; answers in progress are encrypted under a key made from the link and the server secret; a submission is sealed without any invitation id and joins the round's results only in a batch of at least 5, when the round's whole set of answers is rewritten in random order. Someone with a copy of the database can learn who was invited and who submitted, but not which answers are whose. The host, holding the server secret and backups taken either side of a batch, can narrow a person to their batch (at least 5 people). A host who changes the running code can see everything; POET cannot defend against that.");
        s.AppendLine();
        s.AppendLine("## 6. Where the data goes (processors and transfers)");
        s.AppendLine();
        s.AppendLine($"- Database: {host.DatabaseProvider}, run by the host{(host.NationalReplica ? ", with a read replica for the national dashboard" : "")}. Name the hosting provider and where its data centres are.");
        s.AppendLine($"- Email: {host.MailMode}. With `FileDrop` messages are written to the outbox folder for the host's mail system to collect; with `Smtp` they go to the host's mail server. Name the mail provider: it sees every recipient address and personal link.");
        s.AppendLine("- POET itself calls no other service: no analytics, no fonts or scripts from elsewhere, no tracking.");
        s.AppendLine();
        s.AppendLine("## 7. Rights of the people concerned");
        s.AppendLine();
        foreach (var audience in Enum.GetValues<Audience>())
            s.AppendLine($"- {PersonalData.AudienceName(audience)}: {PersonalData.Rights(audience)}");
        s.AppendLine();
        s.AppendLine("Privacy notices for each group, written from the same list, are at `/privacy`. A host administrator answers a subject access request at `/admin/subject-access`: the person's account, roster entries, emails and audit entries found by their email address, and a statement that their anonymous answers cannot be found.");
        s.AppendLine();
        s.AppendLine("## 8. Risks, what addresses them, and what is left");
        s.AppendLine();
        s.AppendLine("| Risk | What POET does | Residual risk |");
        s.AppendLine("|---|---|---|");
        foreach (var r in Risks) s.AppendLine($"| {r.Risk} | {r.Mitigation} | {r.Residual} |");
        s.AppendLine();
        s.AppendLine("## 9. Sign-off");
        s.AppendLine();
        s.AppendLine("- Residual risks accepted by: (name, role, date)");
        s.AppendLine("- Data protection officer's advice: (summary, date)");
        s.AppendLine("- Review date: before each new kind of partnership or setting uses POET, and at least once a year.");
        return s.ToString();
    }
}
