using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Reports;

/// <summary>A partnership with a coordinator and a facilitator signed in, and helpers that write rounds and responses straight to the database.</summary>
public sealed record ReportSetup(PoetApp App, int Pid, int[] Partners, int[] Professions, HttpClient Coordinator, HttpClient Facilitator)
{
    public static async Task<ReportSetup> CreateAsync(PoetApp app, params string[] partners)
    {
        var pid = await app.CreatePartnershipAsync("Partnership " + Guid.NewGuid().ToString("N")[..6], partners);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.CreateUserAsync($"coord-{tag}@example.org", partnershipId: pid, role: PartnershipRole.Coordinator);
        await app.CreateUserAsync($"facil-{tag}@example.org", partnershipId: pid, role: PartnershipRole.Facilitator);
        var partnerIds = await app.WithDbAsync(db => db.PartnerOrganisations.Where(p => p.PartnershipId == pid).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync());
        var professionIds = await app.WithDbAsync(db => db.ProfessionalGroups.Where(p => p.PartnershipId == pid).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync());
        return new ReportSetup(app, pid, partnerIds, professionIds,
            await app.SignedInClientAsync($"coord-{tag}@example.org"), await app.SignedInClientAsync($"facil-{tag}@example.org"));
    }

    public string Url(int rid, string path = "report") => $"/partnerships/{Pid}/rounds/{rid}/{path}";

    /// <summary>A round with the given statements (section 2) and roster; returns its id and the RoundItem ids in order.</summary>
    public Task<(int Rid, int[] Items)> RoundAsync(RoundStatus status, string[]? texts = null, int invited = 10, string?[]? names = null,
        DateOnly? closesOn = null, string[]? itemIds = null) => App.WithDbAsync(async db =>
    {
        texts ??= ["We share a clear purpose", "Partners trust each other", "Decisions are made jointly", "Communication is open"];
        var closes = closesOn ?? new DateOnly(2026, 10, 31);
        var round = new SurveyRound
        {
            PartnershipId = Pid, Title = $"Staff survey {closes:yyyy-MM}", Status = status, InstrumentVersion = "poet-staff-1.0",
            OpensOn = closes.AddDays(-28), ClosesOn = closes, CodeSalt = [1, 2, 3],
        };
        round.Items.AddRange(texts.Select((t, i) => new RoundItem { ItemId = itemIds?[i] ?? $"S2-{i + 1:00}", Section = 2, Order = i + 1, Text = t }));
        round.Invitations.AddRange(Enumerable.Range(0, invited).Select(i => new Invitation
        {
            Email = $"person{i}@example.org", Name = names is not null && i < names.Length ? names[i] : null, PartnerOrganisationId = Partners[0],
        }));
        db.Rounds.Add(round);
        await db.SaveChangesAsync();
        return (round.Id, round.Items.OrderBy(i => i.Order).Select(i => i.Id).ToArray());
    });

    /// <summary>Adds <paramref name="count"/> responses; <paramref name="answers"/> gives response n's answers in item order.</summary>
    public Task AddResponsesAsync(int rid, int[] items, int count, Func<int, int?[]> answers, int? partner = null, int? profession = null,
        bool submitted = true, Func<int, int, string?>? comment = null, Func<int, (string, string)[]>? outcomes = null) => App.WithDbAsync(async db =>
    {
        for (var n = 0; n < count; n++)
        {
            var response = new Response
            {
                Id = Guid.NewGuid(), RoundId = rid, IsSubmitted = submitted,
                PartnerOrganisationId = partner, ProfessionalGroupId = profession,
            };
            var values = answers(n);
            for (var i = 0; i < items.Length; i++)
            {
                var text = comment?.Invoke(n, i);
                if (values[i] is null && text is null) continue;
                response.Answers.Add(new Answer { RoundItemId = items[i], Value = values[i], Comment = text });
            }
            if (outcomes is not null)
                response.Outcomes.AddRange(outcomes(n).Select((o, k) => new OutcomeStatement { Id = Guid.NewGuid(), Order = k + 1, Outcome = o.Item1, Rationale = o.Item2 }));
            db.Responses.Add(response);
        }
        await db.SaveChangesAsync();
    });

    /// <summary>Every item answered with the same code.</summary>
    public static Func<int, int?[]> All(int code, int items = 4) => _ => Enumerable.Repeat<int?>(code, items).ToArray();
}
