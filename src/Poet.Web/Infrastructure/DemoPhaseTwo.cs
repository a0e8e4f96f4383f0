using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Infrastructure;

/// <summary>
/// The demo's closed phase two, shaped like the RISS/SISS pilot (poet-brief.md, whose lines are cited): a postal
/// questionnaire mailed to about 520 families with 52 returned (10%; L271, L290), seven interviews with quotations
/// (L133-135), and the staff-versus-family dissonance (L256-258): staff gave the welcoming building and telling the story
/// once the most workshop votes and rated reaching the building, parking and its surroundings serious barriers, while
/// families rated those least important, said they did not mind repeating themselves, and named services outside the
/// team. Views are mostly carers' (L64). The exact ratings are invented with that shape.
/// </summary>
public static class DemoPhaseTwo
{
    public const int Mailed = 520, Returned = 52, Interviews = 7;

    /// <summary>Workshop votes per agreed outcome, in Box 5.2 order: the building (2) and telling the story once (5) lead.</summary>
    /// <summary>Votes for each agreed outcome at the demo workshop (DemoOutcomeList seeds them as votes).</summary>
    public static readonly int[] StaffVotes = [4, 7, 14, 9, 6, 13, 8, 3, 5, 2, 10];

    /// <summary>Per agreed outcome: how many of the 52 said very, quite, not very important (the rest: not at all).</summary>
    private static readonly int[][] Importance =
    [
        [45, 6, 1], [30, 18, 4], [8, 14, 22], [38, 12, 2], [27, 20, 5], [12, 16, 20], [35, 15, 2], [20, 24, 8], [24, 22, 6], [33, 15, 4], [47, 5, 0],
    ];

    /// <summary>Per agreed outcome: always, usually, sometimes, never (the rest: don't know).</summary>
    private static readonly int[][] Happens =
    [
        [30, 16, 4, 0], [12, 18, 14, 4], [20, 18, 6, 2], [8, 16, 20, 6], [14, 14, 6, 2], [6, 14, 18, 8], [3, 8, 25, 10], [4, 8, 16, 16], [10, 14, 14, 8], [18, 16, 10, 4], [10, 12, 20, 6],
    ];

    /// <summary>Three choices each, by respondent number mod 4 (agreed-outcome indexes).</summary>
    private static readonly int[][] TopThree = [[10, 0, 9], [10, 0, 6], [0, 3, 6], [10, 9, 3]];

    /// <summary>The pilot's own services, barriers (brief §4 item 9) and statements; new questionnaires start from <see cref="UcQuestionBank"/>.</summary>
    private static readonly string[] PilotServices =
    [
        "A keyworker or lead professional", "Health services (nurse, therapist or doctor)", "Social work or social care",
        "Education or school support", "Short breaks or respite", "Advice and information",
    ];

    private static readonly string[] PilotBarriers =
    [
        "Getting to the building", "Parking", "The area around the building", "Having to repeat the same information to different staff",
        "Getting help from services outside the team", "Waiting for services", "Staff changing or too few staff",
    ];

    private static readonly string[] PilotStatements =
    [
        "I know who to contact when I need help", "Staff listen to what I say", "The different services work well together for us",
        "I would rather money was spent on services than on buildings",
    ];

    /// <summary>Families naming each pilot barrier (<see cref="PilotBarriers"/> order); staff rated the first four serious.</summary>
    private static readonly int[] BarrierCounts = [4, 2, 1, 3, 34, 22, 15];
    private const int StaffSeriousBarriers = 4;

    private static readonly int[] ServiceCounts = [40, 30, 22, 35, 18, 12];

    /// <summary>Per statement (<see cref="PilotStatements"/> order): strongly agree, agree, don't know, disagree (rest strongly disagree).</summary>
    private static readonly int[][] Agreement = [[20, 24, 4, 3], [16, 26, 6, 3], [6, 16, 14, 12], [30, 14, 6, 2]];

    public static readonly string[] AnythingElse =
    [
        "The hardest thing is getting respite, and that is not the team's fault.",
        "We are seen at home or at school, so the building does not matter much to us.",
        "I did not know the service had a name. I just ring our keyworker.",
        "Please spend the money on more staff, not on the building.",
        "Our keyworker Amara Adeyemi has been wonderful. Ring me on 07700 900123 if you want to know more.",
        "It took months to get a wheelchair assessment from the hospital.",
    ];

    public static readonly string[] Missing = ["Help getting respite and short breaks", "Support for brothers and sisters"];

    private static readonly (string Text, int? Outcome, bool Approved)[][] Quotes =
    [
        [("Our keyworker is the one who makes it all work. Without her we would be lost.", 10, true)],
        [("I don't mind telling my story again if it means someone is listening.", 5, true)],
        [("We don't have a car, so they come to us at home or at school. The building has never mattered.", 2, true)],
        [("The problem is respite. That is nothing to do with this team, it is the council's short breaks.", null, true)],
        [("They are kind to my son. That matters more than anything.", 0, true), ("I asked for a written plan twice and still have nothing.", 8, false)],
        [("When I ring I get an answer the same day now.", 1, true)],
        [("I had no idea they were all one service until you told me.", null, true)],
    ];

    public static async Task SeedAsync(PoetDb db, int pid, string partnershipName)
    {
        var agreed = await Pages.Outcomes.CurrentAgreedList.Of(db, pid)
            .Select(l => l.Items.OrderBy(i => i.Order).Select(i => i.Wording).ToList()).FirstAsync();
        var q = new UcQuestionnaire
        {
            PartnershipId = pid, Title = $"{partnershipName}: what matters to you", Status = UcStatus.Closed, ClosedUtc = db.UtcNow,
            CreatedUtc = new DateTime(2007, 12, 3, 0, 0, 0, DateTimeKind.Utc), OpenedUtc = new DateTime(2008, 1, 14, 0, 0, 0, DateTimeKind.Utc),
            LinkKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), CodeSalt = RandomNumberGenerator.GetBytes(16),
            CoveringLetter = "Dear parent or carer,\n\nThe services at the Rockingborough centre work together. Please tell us which results of that work matter most to your family, and whether they happen. Do not write your name on the form.",
        };
        void Add(UcItemKind kind, IReadOnlyList<string> texts) => q.Items.AddRange(texts.Select((t, i) => new UcItem
        {
            Kind = kind, Order = i + 1, Text = t,
            StaffSupport = kind == UcItemKind.Outcome && i < StaffVotes.Length ? StaffVotes[i] : null,
            StaffRatedSerious = kind == UcItemKind.Barrier && i < StaffSeriousBarriers,
        }));
        Add(UcItemKind.Outcome, agreed);
        Add(UcItemKind.Service, PilotServices);
        Add(UcItemKind.Barrier, PilotBarriers);
        Add(UcItemKind.Statement, PilotStatements);
        db.UcQuestionnaires.Add(q);
        await db.SaveChangesAsync();

        db.UcForms.AddRange(Enumerable.Range(1, Mailed).Select(n => new UcForm { QuestionnaireId = q.Id, Kind = UcFormKind.Postal, Reference = $"DEMO-{n:0000}", Entered = n <= Returned }));
        var responses = Enumerable.Range(0, Returned).Select(n => Return(q, n)).ToList();
        Random.Shared.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(responses));
        db.UcResponses.AddRange(responses);
        db.UcInterviews.AddRange(Enumerable.Range(0, Interviews).Select(n => Interview(q, n)));
        await db.SaveChangesAsync();
    }

    private static UcResponse Return(UcQuestionnaire q, int n)
    {
        List<UcItem> Of(UcItemKind kind) => q.Items.Where(i => i.Kind == kind).OrderBy(i => i.Order).ToList();
        var r = new UcResponse
        {
            Id = Guid.NewGuid(), QuestionnaireId = q.Id, Method = UcMethod.Postal, IsSubmitted = true, SubmittedOn = new DateOnly(2008, 2, 1).AddDays(n % 28),
            RespondentType = n < 41 ? UcRespondentType.CarerOrFamily : n < 49 ? UcRespondentType.ServiceUser : UcRespondentType.Helper,
            SupportLength = n % 3 + 1,
            BarrierOther = n % 13 == 0 ? "Getting respite when we need it" : "",
            AnythingElse = n < AnythingElse.Length ? AnythingElse[n] : "",
        };
        var outcomes = Of(UcItemKind.Outcome);
        for (var i = 0; i < outcomes.Count; i++)
        {
            // A different respondent order per outcome, so no family gives every outcome the same answer.
            var k = (n + 7 * i) % Returned;
            r.Answers.Add(new UcAnswer
            {
                ItemId = outcomes[i].Id, Importance = i < Importance.Length ? Code(Importance[i], k, [4, 3, 2], 1) : 3,
                Happens = i < Happens.Length ? Code(Happens[i], k, [4, 3, 2, 1], 5) : 5, Chosen = TopThree[n % 4].Contains(i),
            });
        }
        Tick(Of(UcItemKind.Service), ServiceCounts);
        Tick(Of(UcItemKind.Barrier), BarrierCounts);
        var statements = Of(UcItemKind.Statement);
        for (var s = 0; s < statements.Count; s++)
            r.Answers.Add(new UcAnswer { ItemId = statements[s].Id, Agreement = Code(Agreement[s], (n + 5 * s) % Returned, [5, 4, 3, 2], 1) });
        return r;

        void Tick(List<UcItem> items, int[] counts)
        {
            for (var i = 0; i < items.Count; i++) r.Answers.Add(new UcAnswer { ItemId = items[i].Id, Chosen = (n + 3 * i) % Returned < counts[i] });
        }
    }

    /// <summary>The answer of respondent <paramref name="k"/> when the first counts[0] give codes[0], the next counts[1] codes[1], and so on.</summary>
    private static int Code(int[] counts, int k, int[] codes, int rest)
    {
        for (var c = 0; c < counts.Length; c++)
        {
            if (k < counts[c]) return codes[c];
            k -= counts[c];
        }
        return rest;
    }

    private static UcInterview Interview(UcQuestionnaire q, int n)
    {
        var outcomes = q.Items.Where(i => i.Kind == UcItemKind.Outcome).OrderBy(i => i.Order).ToList();
        var interview = new UcInterview
        {
            QuestionnaireId = q.Id, Consent = true, HeldOn = new DateOnly(2008, 4, 7).AddDays(4 * n),
            RespondentType = n == 3 ? UcRespondentType.ServiceUser : UcRespondentType.CarerOrFamily,
            Notes = n == 0 ? "Mother of a boy of nine. Sees Amara Adeyemi, the keyworker, every few weeks at home." : $"Family {n + 1}. Contact mostly at home and at school.",
            Missing = n < 3 ? Missing[0] : n == 5 ? Missing[1] : "",
        };
        int[] most = n switch { 0 or 1 or 2 => [10, 0], 3 => [0, 9], 4 => [10, 9], 5 => [10, 1], _ => [10, 0, 9] };
        int[] notMatter = n == 3 ? [2] : n % 2 == 0 ? [2, 5] : [2];
        interview.Marks.AddRange(most.Where(i => i < outcomes.Count).Select(i => new UcInterviewMark { ItemId = outcomes[i].Id, Mark = UcSheetMark.MostImportant }));
        interview.Marks.AddRange(notMatter.Where(i => i < outcomes.Count).Select(i => new UcInterviewMark { ItemId = outcomes[i].Id, Mark = UcSheetMark.DoesNotMatter }));
        interview.Quotes.AddRange(Quotes[n].Select(x => new UcQuote { Text = x.Text, Approved = x.Approved, ItemId = x.Outcome is { } o && o < outcomes.Count ? outcomes[o].Id : null }));
        return interview;
    }
}
