using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.UsersCarers;

/// <summary>A partnership (from <see cref="ReportSetup"/>) plus helpers for the service-user and carer phase, written straight to the database.</summary>
public sealed record UcSetup(ReportSetup S)
{
    public static readonly string[] RissOutcomes =
    [
        "Being treated with kindness and care", "Easy access by telephone", "A welcoming building", "Services responding quickly",
        "Information passed to other services only with our agreement", "Telling our story once, not repeating it",
        "Knowing how to get help from other services", "Being asked about changes in services", "Having the support we will get written down for us",
        "Being offered home visits", "Having one professional to co-ordinate our support",
    ];

    public PoetApp App => S.App;
    public int Pid => S.Pid;
    public HttpClient Coordinator => S.Coordinator;
    public HttpClient Facilitator => S.Facilitator;
    public string Url(string path = "") => $"/partnerships/{Pid}/users-carers{path}";

    public static async Task<UcSetup> CreateAsync(PoetApp app) => new(await ReportSetup.CreateAsync(app));

    /// <summary>A closed staff round with <paramref name="usable"/> usable responses and the given threshold.</summary>
    public async Task StaffRoundAsync(int usable, ThresholdKind kind, int threshold, int invited = 20, string?[]? names = null)
    {
        var (rid, items) = await S.RoundAsync(RoundStatus.Closed, invited: invited, names: names);
        await S.AddResponsesAsync(rid, items, usable, ReportSetup.All(4));
        await App.WithDbAsync(async db =>
        {
            var round = await db.Rounds.SingleAsync(r => r.Id == rid);
            (round.ThresholdKind, round.ThresholdValue) = (kind, threshold);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Easy-read wordings and pictures of the default outcomes, in order.</summary>
    public static readonly (string Wording, string Picture)[] EasyWordings =
        [("Staff are kind to me", "helping-hands"), ("I get help fast", "time"), ("Staff can visit me at home", "home")];

    /// <summary>
    /// A questionnaire in the given state with the given outcomes, default services, barriers and statements; with
    /// <paramref name="easyRead"/>, the default outcomes have their easy-read wordings and pictures, so easy read is open.
    /// </summary>
    public Task<UcQuestionnaire> QuestionnaireAsync(UcStatus status, string[]? outcomes = null, bool samePersonMayKeyTwice = false, bool easyRead = false) => App.WithDbAsync(async db =>
    {
        var q = new UcQuestionnaire
        {
            PartnershipId = Pid, Title = "What matters to you", Status = status, CreatedUtc = DateTime.UtcNow, SamePersonMayKeyTwice = samePersonMayKeyTwice,
            LinkKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(), CodeSalt = RandomNumberGenerator.GetBytes(16),
        };
        void Add(UcItemKind kind, IEnumerable<string> texts) => q.Items.AddRange(texts.Select((t, i) => new UcItem { Kind = kind, Order = i + 1, Text = t }));
        Add(UcItemKind.Outcome, outcomes ?? ["Being treated with kindness and care", "Services responding quickly", "Being offered home visits"]);
        if (easyRead)
            foreach (var (item, i) in q.Items.Select((item, i) => (item, i)).Take(EasyWordings.Length))
                (item.EasyReadText, item.Picture) = EasyWordings[i];
        Add(UcItemKind.Service, ["A keyworker", "Short breaks"]);
        Add(UcItemKind.Barrier, ["Parking", "Getting to the building", "Getting help from services outside the team"]);
        Add(UcItemKind.Statement, ["Staff listen to what I say", "I know who to contact", "Services work well together"]);
        db.UcQuestionnaires.Add(q);
        await db.SaveChangesAsync();
        return q;
    });

    public Task<int[]> ItemIdsAsync(int qid, UcItemKind kind) =>
        App.WithDbAsync(db => db.UcItems.Where(i => i.QuestionnaireId == qid && i.Kind == kind).OrderBy(i => i.Order).Select(i => i.Id).ToArrayAsync());

    public Task<int> PostalFormAsync(int qid, string reference) => App.WithDbAsync(async db =>
    {
        var form = new UcForm { QuestionnaireId = qid, Kind = UcFormKind.Postal, Reference = reference };
        db.UcForms.Add(form);
        await db.SaveChangesAsync();
        return form.Id;
    });

    public async Task<(HttpClient Client, string Email)> MemberAsync(PartnershipRole role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await App.CreateUserAsync(email, partnershipId: Pid, role: role);
        return (await App.SignedInClientAsync(email), email);
    }
}
