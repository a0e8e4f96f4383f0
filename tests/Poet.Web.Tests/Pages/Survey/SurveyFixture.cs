using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Survey;

/// <summary>A person on the roster with the plain link token and short code their email would carry.</summary>
public sealed record Invitee(int InvitationId, string Token, string ShortCode)
{
    public string Link => "/survey/" + Token;
}

public sealed record SurveySetup(int PartnershipId, int RoundId, IReadOnlyList<RoundItem> Items, IReadOnlyList<PartnerOrganisation> Partners, IReadOnlyList<ProfessionalGroup> Groups)
{
    public IReadOnlyList<RoundItem> Section(int n) => Items.Where(i => i.Section == n).OrderBy(i => i.Order).ToList();
}

/// <summary>Rounds, items and invitations made straight in the database, as the round pages would make them.</summary>
public static class SurveyFixture
{
    /// <summary>A round with 5 + 3 short test statements, or, with <paramref name="itemBank"/>, the standard bank's 17 + 33 as a new round copies them.</summary>
    public static async Task<SurveySetup> CreateRoundAsync(this PoetApp app, RoundStatus status = RoundStatus.Open, int opensInDays = -1, int closesInDays = 14, bool itemBank = false)
    {
        var pid = await app.CreatePartnershipAsync("Partnership " + Guid.NewGuid().ToString("N")[..6]);
        return await app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var round = new SurveyRound
            {
                PartnershipId = pid, Title = "Staff survey", OpensOn = today.AddDays(opensInDays), ClosesOn = today.AddDays(closesInDays),
                ThresholdKind = ThresholdKind.Percent, ThresholdValue = 30, InstrumentVersion = "test-1", Status = status,
                CodeSalt = AccessCodes.NewRoundSalt(),
            };
            if (itemBank)
                round.Items.AddRange(Poet.Data.Instrument.ItemBank.Current.Items.Select((item, i) => new RoundItem
                {
                    ItemId = item.Id, Section = item.Section, Theme = item.Theme, Text = item.Text, Help = item.Help, Source = item.Source, Order = i + 1,
                }));
            for (var n = 1; n <= (itemBank ? 0 : 8); n++)
            {
                var section = n <= 5 ? 2 : 3;
                round.Items.Add(new RoundItem
                {
                    ItemId = $"T{n}", Section = section, Order = n, Theme = "Relationships",
                    Text = $"Statement {n}: staff from different partners trust each other", Help = $"Help {n}: think of the last month. For example, sharing a case.",
                });
            }
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            return new SurveySetup(pid, round.Id, round.Items,
                await db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Id).ToListAsync(),
                await db.ProfessionalGroups.Where(g => g.PartnershipId == pid).OrderBy(g => g.Id).ToListAsync());
        });
    }

    public static Task<List<Invitee>> InviteAsync(this PoetApp app, SurveySetup setup, int count) => app.WithDbAsync(async db =>
    {
        var salt = await db.Rounds.Where(r => r.Id == setup.RoundId).Select(r => r.CodeSalt).SingleAsync();
        var issued = new List<(Invitation Invitation, string Token, string ShortCode)>();
        for (var n = 0; n < count; n++)
        {
            var (code, token, shortCode) = AccessCodes.Issue(salt);
            var invitation = new Invitation
            {
                RoundId = setup.RoundId, Email = $"person{n}.{Guid.NewGuid():N}@example.org", PartnerOrganisationId = setup.Partners[n % setup.Partners.Count].Id,
                SendStatus = SendStatus.Sent, SentUtc = DateTime.UtcNow, Codes = [code],
            };
            db.Invitations.Add(invitation);
            issued.Add((invitation, token, shortCode));
        }
        await db.SaveChangesAsync();
        return issued.Select(i => new Invitee(i.Invitation.Id, i.Token, i.ShortCode)).ToList();
    });

    public static Task SetRoundAsync(this PoetApp app, int roundId, Action<SurveyRound> change) => app.WithDbAsync(async db =>
    {
        change(await db.Rounds.SingleAsync(r => r.Id == roundId));
        await db.SaveChangesAsync();
    });

    /// <summary>The answers saved so far through this link (its draft, opened as POET opens it), or null once submitted or never started.</summary>
    public static Task<Response?> ResponseOfAsync(this PoetApp app, string token) => app.WithDbAsync(async db =>
    {
        var sealer = app.Get<Poet.Web.Infrastructure.SealedAnswers>();
        var lookup = sealer.DraftLookup(token);
        var draft = await db.SurveyDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Lookup == lookup);
        return draft is null ? null : sealer.OpenDraft(token, draft);
    });

    /// <summary>Starts the survey through the start page, as the respondent's "Start now" button does.</summary>
    public static async Task<HttpClient> StartAsync(this PoetApp app, Invitee invitee)
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync(invitee.Link, new Dictionary<string, string>());
        response.AssertRedirect(invitee.Link + "/about");
        return client;
    }

    /// <summary>A section's statements as the respondent's pages show them (<see cref="Poet.Web.Pages.Survey.SurveyPages"/>), with each page's path.</summary>
    public static IReadOnlyList<(string Path, IReadOnlyList<RoundItem> Items)> Pages(string link, IReadOnlyList<RoundItem> items, int section) =>
        Enumerable.Range(1, Poet.Web.Pages.Survey.SurveyPages.Count(items.Count))
            .Select(p => (Poet.Web.Pages.Survey.SurveyJourney.PagePath(link, section, p), Poet.Web.Pages.Survey.SurveyPages.Page(items, p))).ToList();

    /// <summary>
    /// Answers every statement of a section with <paramref name="value"/>, page by page with "Save and continue" as a
    /// respondent does, asserting each page goes to the next; returns the last page's response (to the next section).
    /// </summary>
    public static async Task<HttpResponseMessage> AnswerSectionAsync(this HttpClient client, Invitee invitee, SurveySetup setup, int section, int value, string? comment = null)
    {
        var pages = Pages(invitee.Link, setup.Section(section), section);
        HttpResponseMessage response = null!;
        for (var p = 0; p < pages.Count; p++)
        {
            response = await client.PostFormAsync(pages[p].Path, AnswerAll(pages[p].Items, value, comment));
            if (p + 1 < pages.Count) response.AssertRedirect(pages[p + 1].Path);
        }
        return response;
    }

    /// <summary>Form fields answering every statement of a section (or of one page) with <paramref name="value"/>.</summary>
    public static Dictionary<string, string> AnswerAll(IReadOnlyList<RoundItem> items, int value, string? comment = null)
    {
        var fields = new Dictionary<string, string>();
        for (var n = 0; n < items.Count; n++)
        {
            fields[$"Answers[{n}].RoundItemId"] = items[n].Id.ToString();
            fields[$"Answers[{n}].Value"] = value.ToString();
            if (comment is not null) fields[$"Answers[{n}].Comment"] = comment;
        }
        return fields;
    }
}
