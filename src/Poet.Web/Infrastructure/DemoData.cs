using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Seeds a demo partnership modelled on the RISS/SISS pilot (brief §5): a closed staff round with 73 invited,
/// 52 submitted and 46 usable, 36 of the 46 (78%) employed by the council, and the "clear outcomes" item at
/// 37 agree or strongly agree, 0 disagree and 9 don't know. Names and people are invented.
/// </summary>
public static class DemoData
{
    public const string PartnershipName = "Rockingborough Integrated Support Service (demo)";
    public const string CoordinatorEmail = "coordinator@demo.poet.local";
    public const string FacilitatorEmail = "facilitator@demo.poet.local";
    public const string ClearOutcomesItemId = "ORG-PURPOSE-01";
    public const int Invited = 73, Submitted = 52, Usable = 46, StartedNotSubmitted = 3;
    public static readonly string[] Partners = ["Rockingborough Metropolitan Borough Council", "Rockingborough Primary Care Trust", "Connexions Rockingborough"];
    /// <summary>Usable responses by employer, in the order of <see cref="Partners"/>: 36/46 = 78% council.</summary>
    public static readonly int[] UsableByPartner = [36, 6, 4];
    public static readonly string[] Professions = ["Social work", "Education", "Health (nursing and therapies)", "Administration", "Management"];

    /// <summary>Seeds once, then gives the demo users a new password (returned) on every call, so none is written in the repository.</summary>
    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PoetDb>();
        var users = services.GetRequiredService<UserManager<PoetUser>>();
        // Letters and digits without look-alikes; drawn again in the rare case the password rule would refuse it
        // (all twelve characters digits leaves "demo" with digits stuck on, a pattern the rule refuses).
        string password;
        do password = "demo-" + RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 12);
        while (Passwords.CommonPasswordValidator.IsEasyToGuess(password));

        var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Name == PartnershipName);
        if (partnership is null)
        {
            partnership = NewPartnership();
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            db.Rounds.Add(ClosedPilotRound(partnership, db.UtcNow));
            await db.SaveChangesAsync();
            await SeedResponsesAsync(db, partnership);
            await DemoOutcomeList.SeedAsync(db, partnership.Id, DemoOutcomes.Select(o => o.Outcome).ToList());
            await DemoPhaseTwo.SeedAsync(db, partnership.Id, partnership.Name);
        }
        await EnsureUserAsync(users, db, partnership.Id, CoordinatorEmail, "Dana Coordinator", PartnershipRole.Coordinator, password);
        await EnsureUserAsync(users, db, partnership.Id, FacilitatorEmail, "Femi Facilitator", PartnershipRole.Facilitator, password);
        return password;
    }

    private static Partnership NewPartnership()
    {
        var p = new Partnership
        {
            Name = PartnershipName,
            Area = "Rockingborough (a metropolitan borough)",
            ClientGroup = "Children and young people aged 0 to 25 with special needs or disability, and their families",
            PartnershipType = "Integrated service: education, health, social care and Connexions staff in one building",
            Governance = "Reports to the Children and Young People's Strategic Partnership Board; staff stay employed by their own organisations",
            Frames = Frames.Structural | Frames.SocialChallenges,
            DepthBreadthNotes = "Deep: co-located multi-agency teams with a single manager. Moderately broad: three partners.",
            StakeholderNotes = "Four senior stakeholders interviewed. Started in spring 2006. Staff from the council form most of the service; health staff worry about professional supervision.",
            CreatedUtc = new DateTime(2006, 3, 1, 9, 0, 0, DateTimeKind.Utc), // "Started in spring 2006"
        };
        p.Partners.AddRange(Partners.Select(n => new PartnerOrganisation { Name = n }));
        p.ProfessionalGroups.AddRange(Professions.Select(n => new ProfessionalGroup { Name = n }));
        return p;
    }

    private static SurveyRound ClosedPilotRound(Partnership partnership, DateTime closedUtc)
    {
        var bank = ItemBank.Current;
        var round = new SurveyRound
        {
            PartnershipId = partnership.Id,
            Title = "Staff survey, autumn 2006",
            OpensOn = new DateOnly(2006, 10, 2),
            ClosesOn = new DateOnly(2006, 10, 27),
            ThresholdKind = ThresholdKind.Percent,
            ThresholdValue = 40,
            InstrumentVersion = bank.Version,
            Status = RoundStatus.Closed,
            // The retention schedule counts from here: the demo's roster stays for the schedule's period after it is made.
            ClosedUtc = closedUtc,
            InvitationSubject = MessageTemplates.InvitationSubject,
            InvitationBody = MessageTemplates.InvitationBody,
            ReminderSubject = MessageTemplates.ReminderSubject,
            ReminderBody = MessageTemplates.ReminderBody,
            CodeSalt = AccessCodes.NewRoundSalt(),
        };
        round.Items.AddRange(bank.Items.Select((item, i) => new RoundItem
        {
            ItemId = item.Id, Section = item.Section, Theme = item.Theme, Text = item.Text, Help = item.Help, Source = item.Source, Order = i + 1,
        }));
        var partners = partnership.Partners;
        var sent = new DateTime(2006, 10, 2, 9, 0, 0, DateTimeKind.Utc);
        // Per employer: invited 55/10/8 = 73; submitted = usable plus the excluded ones (2 each) = 38/8/6 = 52.
        int[] invitedByPartner = [55, 10, 8];
        var submittedByPartner = UsableByPartner.Select(u => u + (Submitted - Usable) / Partners.Length).ToArray();
        var n = 0;
        for (var p = 0; p < partners.Count; p++)
        {
            for (var i = 0; i < invitedByPartner[p]; i++, n++)
            {
                round.Invitations.Add(new Invitation
                {
                    Email = $"{RosterName(n).Replace(' ', '.').ToLowerInvariant()}@rockingborough.example", Name = RosterName(n), PartnerOrganisationId = partners[p].Id,
                    ProfessionalGroupId = partnership.ProfessionalGroups[n % Professions.Length].Id,
                    SendStatus = SendStatus.Sent, SentUtc = sent, RemindersSent = 2, HasSubmitted = i < submittedByPartner[p],
                });
            }
        }
        return round;
    }

    private static async Task SeedResponsesAsync(PoetDb db, Partnership partnership)
    {
        var round = await db.Rounds.Include(r => r.Items).SingleAsync(r => r.PartnershipId == partnership.Id);
        var likert = round.Items.Where(i => i.Section is 2 or 3).OrderBy(i => i.Order).ToList();
        var random = new Random(2006);
        var responses = new List<Response>();
        var professions = partnership.ProfessionalGroups;

        for (var p = 0; p < Partners.Length; p++)
        {
            for (var k = 0; k < UsableByPartner[p]; k++)
                responses.Add(NewResponse(partnership.Partners[p].Id, professions[random.Next(professions.Count)].Id, submitted: true));
        }
        // Submitted but too incomplete to use: the pilot excluded a handful like these.
        for (var k = 0; k < Submitted - Usable; k++)
            responses.Add(NewResponse(partnership.Partners[k % Partners.Length].Id, null, submitted: true));
        for (var k = 0; k < StartedNotSubmitted; k++)
            responses.Add(NewResponse(null, null, submitted: false));

        var usable = responses.Take(Usable).ToList();
        for (var r = 0; r < usable.Count; r++)
        {
            foreach (var item in likert)
            {
                var value = item.ItemId == ClearOutcomesItemId ? ClearOutcomesAnswer(r) : PlausibleAnswer(item, random);
                usable[r].Answers.Add(new Answer { RoundItemId = item.Id, Value = value, Comment = DemoComment(item, r, value) });
            }
        }
        foreach (var partial in responses.Skip(Usable))
        {
            foreach (var item in likert.Take(8)) partial.Answers.Add(new Answer { RoundItemId = item.Id, Value = random.Next(1, 6) });
        }
        for (var s = 0; s < DemoOutcomes.Length; s++)
        {
            var (outcome, rationale) = DemoOutcomes[s];
            usable[(s * 7) % usable.Count].Outcomes.Add(new OutcomeStatement { Id = Guid.NewGuid(), Order = s, Outcome = outcome, Rationale = rationale });
        }
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(responses));
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync();

        Response NewResponse(int? partnerId, int? professionId, bool submitted) => new()
        {
            Id = Guid.NewGuid(), RoundId = round.Id, Mode = ResponseMode.Online, IsSubmitted = submitted,
            PartnerOrganisationId = partnerId, ProfessionalGroupId = professionId,
            LastSectionSaved = submitted ? 4 : 2,
        };
    }

    private static readonly string[] FirstNames = ["Amara", "Bilal", "Carys", "Dmitri", "Esther", "Farida", "Gareth", "Hana", "Imran", "Jodie", "Kwame", "Leona", "Marek", "Nia", "Owen", "Priya", "Quentin", "Rhian", "Sanjay", "Tess", "Uzma", "Vikram", "Wendy", "Yusuf", "Zofia"];
    private static readonly string[] LastNames = ["Adeyemi", "Brennan", "Chowdhury", "Davies", "Evans", "Fitzgerald", "Gallagher"];

    /// <summary>Invented names for the demo roster (unique for up to 175 people); the report masks them if they appear in comments.</summary>
    private static string RosterName(int n) => $"{FirstNames[n % FirstNames.Length]} {LastNames[n / FirstNames.Length % LastNames.Length]}";

    /// <summary>37 of 46 agree or strongly agree (20 and 17), 9 don't know, nobody disagrees: the pilot's 80/0/20.</summary>
    private static int ClearOutcomesAnswer(int respondent) => respondent switch
    {
        < 20 => 4,
        < 37 => 5,
        _ => 3,
    };

    /// <summary>Different leanings per theme so the demo report has celebrations, development areas and a knowledge gap.</summary>
    private static int? PlausibleAnswer(RoundItem item, Random random)
    {
        if (random.Next(25) == 0) return null;
        int[] weights = item.Theme switch
        {
            var t when t.Contains("Trust", StringComparison.OrdinalIgnoreCase) || t.Contains("Job", StringComparison.OrdinalIgnoreCase) => [1, 2, 3, 24, 16],
            var t when t.Contains("Practical", StringComparison.OrdinalIgnoreCase) || t.Contains("Workload", StringComparison.OrdinalIgnoreCase) => [10, 16, 4, 10, 3],
            var t when t.Contains("money", StringComparison.OrdinalIgnoreCase) || t.Contains("Funding", StringComparison.OrdinalIgnoreCase) || t.Contains("Pooled", StringComparison.OrdinalIgnoreCase) => [3, 6, 18, 12, 3],
            _ => [3, 7, 6, 20, 8],
        };
        var roll = random.Next(weights.Sum());
        for (var v = 0; v < weights.Length; v++)
        {
            if ((roll -= weights[v]) < 0) return v + 1;
        }
        return 4;
    }

    /// <summary>
    /// Comments in the spirit of the pilot's (brief §5): a few people comment on a few statements, each in their own words,
    /// so no statement shows the same comment twice.
    /// </summary>
    private static string? DemoComment(RoundItem item, int respondent, int? value)
    {
        string[]? pool = value switch
        {
            <= 2 when item.Theme.Contains("Practical", StringComparison.OrdinalIgnoreCase) => PracticalComments,
            >= 4 when item.Theme.Contains("Trust", StringComparison.OrdinalIgnoreCase) => TrustComments,
            3 when item.ItemId == ClearOutcomesItemId => OutcomeComments,
            <= 2 => DoubtComments,
            _ => null,
        };
        if (pool is null || (respondent + item.Id) % (pool == DoubtComments ? 67 : 11) != 0) return null;
        return pool[(respondent + item.Id / 5) % pool.Length];
    }

    private static readonly string[] PracticalComments =
    [
        "Parking at the building is a daily struggle and visiting families have nowhere to stop.",
        "Our base is a long bus ride for most families; some give up before they reach us.",
        "The rooms are fine for meetings but there is nowhere private to talk to a parent.",
        "Shared IT still does not work: I keep two diaries and two email accounts.",
        "Hot-desking means I spend the first half hour of each day looking for somewhere to sit.",
    ];

    private static readonly string[] TrustComments =
    [
        "Colleagues from other agencies are quick to help when a family is in crisis.",
        "I trust the health visitors I work with; we sort most things out on the phone.",
        "Trust has grown since we started joint visits.",
        "People share information more readily now that we know each other by name.",
    ];

    private static readonly string[] OutcomeComments =
    [
        "I think we have aims, but I could not tell you what outcomes we are measured on.",
        "We talk about outcomes at away days, then never again.",
        "Nobody has told me what success would look like for the families I see.",
    ];

    private static readonly string[] DoubtComments =
    [
        "Decisions seem to be made before the meeting, not in it.",
        "It depends which manager you ask.",
        "Things have improved this year, but slowly.",
        "Education colleagues are rarely at the table when this is discussed.",
        "We were promised this at the launch and are still waiting.",
    ];

    /// <summary>The pilot's staff suggestions (brief §5, Table 5.2), reworded for the demo.</summary>
    private static readonly (string Outcome, string Rationale)[] DemoOutcomes =
    [
        ("Every family has one keyworker and a single point of referral", "One named person to contact, with services arranged around the child; keyworkers need training and everyone must know their role."),
        ("Families and children are involved in decisions", "Involve families in planning the service and in their own care plans."),
        ("A central referral system", "Referrals reach the right team first time and we work more efficiently."),
        ("Parent-held records", "Parents would have more control over the information about their child."),
        ("An integrated IT system", "Teams and organisations could share information safely instead of re-asking families."),
        ("Smoother move to adult services", "Working closely with adult services makes the transition easier for young people."),
        ("Families know which services are available", "Knowing what is on offer gives families real options and choice."),
        ("Parents feel empowered, including Asian and minority ethnic parents", "Support groups would build parents' confidence; minority ethnic families engage less with us now."),
        ("Use the Common Assessment Framework", "Everyone gets the same assessment process whichever team they meet first."),
        ("Joint assessments", "Assessing together makes the process quicker and more complete."),
        ("Better support when children start school", "More information and choice would make starting school less stressful."),
        ("Families can find the building", "Clear directions and signs would help families engage with us."),
        ("Family-friendly paperwork", "Forms that families understand make services easier to use."),
        ("Better support for children with mild or moderate needs", "These children do not get enough help from us at present."),
        ("Improve parking", "Make parking easier for visitors and staff."),
        ("Better professional development for staff", "Well-trained staff give a better service."),
        ("Record unmet need", "Knowing what families need but cannot get lets us negotiate with partners to meet it."),
        ("Regular team meetings", "Meeting regularly improves communication between staff from different agencies."),
        ("Central referral system", "Referrals go to the right service and we work more efficiently."),
        ("Co-location of all teams", "Being in one place makes closer working easier."),
    ];

    private static async Task EnsureUserAsync(UserManager<PoetUser> users, PoetDb db, int partnershipId, string email, string name, PartnershipRole role, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PoetUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        else
        {
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, password);
            await users.SetLockoutEndDateAsync(user, null);
        }
        if (!await db.Members.AnyAsync(m => m.PartnershipId == partnershipId && m.UserId == user.Id && m.Role == role))
        {
            db.Members.Add(new PartnershipMember { PartnershipId = partnershipId, UserId = user.Id, Role = role });
            await db.SaveChangesAsync();
        }
    }
}
