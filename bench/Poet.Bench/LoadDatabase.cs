using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;

namespace Poet.Bench;

/// <summary>What the simulated respondents need to know about the seeded round: ids to post, and their plain tokens.</summary>
public sealed record LoadRound(int RoundId, IReadOnlyList<int> Partners, IReadOnlyList<int> Groups,
    IReadOnlyList<int> Section2, IReadOnlyList<int> Section3, IReadOnlyList<string> Tokens);

/// <summary>What the database holds for the round after the run.</summary>
public sealed record StoredCounts(int Responses, int Submitted, int SubmittedAnswers, int SubmittedOutcomes);

/// <summary>Makes a fresh database with one open round (as the round pages would), and counts what was stored afterwards.</summary>
public sealed class LoadDatabase(DatabaseProvider provider, string connectionString)
{
    public PoetDb Open() => provider == DatabaseProvider.Postgres
        ? new PostgresPoetDb(new DbContextOptionsBuilder<PostgresPoetDb>().UseNpgsql(connectionString).Options)
        : new SqlitePoetDb((DbContextOptions<SqlitePoetDb>)DatabaseSetup.UseSqlite(new DbContextOptionsBuilder<SqlitePoetDb>(), connectionString).Options);

    public async Task<LoadRound> CreateAsync(int invitations)
    {
        await using (var db = Open())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        await using var seed = Open();
        var partnership = new Partnership { Name = "Load test partnership", Area = "Loopback", CreatedUtc = DateTime.UtcNow };
        partnership.Partners.AddRange(new[] { "Council", "Health trust", "Voluntary sector" }.Select(n => new PartnerOrganisation { Name = n }));
        partnership.ProfessionalGroups.AddRange(new[] { "Social work", "Nursing", "Education", "Administration", "Management" }.Select(n => new ProfessionalGroup { Name = n }));
        seed.Partnerships.Add(partnership);
        await seed.SaveChangesAsync();

        var bank = ItemBank.Current;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var round = new SurveyRound
        {
            PartnershipId = partnership.Id, Title = "Load test round", OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(14),
            ThresholdKind = ThresholdKind.Percent, ThresholdValue = 30, InstrumentVersion = bank.Version, Status = RoundStatus.Open,
            CodeSalt = AccessCodes.NewRoundSalt(),
        };
        round.Items.AddRange(bank.Items.Select((item, i) => new RoundItem
        {
            ItemId = item.Id, Section = item.Section, Theme = item.Theme, Text = item.Text, Help = item.Help, Source = item.Source, Order = i + 1,
        }));
        seed.Rounds.Add(round);
        await seed.SaveChangesAsync();

        var tokens = new List<string>(invitations);
        for (var start = 0; start < invitations; start += 2000)
        {
            await using var batch = Open();
            for (var n = start; n < Math.Min(invitations, start + 2000); n++)
            {
                var token = AccessCodes.NewToken();
                tokens.Add(token);
                batch.Invitations.Add(new Invitation
                {
                    RoundId = round.Id, Email = $"respondent{n:000000}@load.example", PartnerOrganisationId = partnership.Partners[n % 3].Id,
                    SendStatus = SendStatus.Sent, SentUtc = DateTime.UtcNow,
                    // The harness only follows links, so the short code is left random: AccessCodes.Issue's deliberately slow
                    // derivation (~10 ms) would make seeding thousands of invitations take minutes. The link lookup is the real one.
                    Codes = [new AccessCode { TokenHash = AccessCodes.TokenHash(token), ShortCodeLookup = RandomNumberGenerator.GetBytes(32), SealedToken = RandomNumberGenerator.GetBytes(71) }],
                });
            }
            await batch.SaveChangesAsync();
        }

        List<int> Section(int n) => round.Items.Where(i => i.Section == n).OrderBy(i => i.Order).Select(i => i.Id).ToList();
        return new LoadRound(round.Id, partnership.Partners.Select(p => p.Id).ToList(), partnership.ProfessionalGroups.Select(g => g.Id).ToList(),
            Section(2), Section(3), tokens);
    }

    public async Task<StoredCounts> CountAsync(int roundId)
    {
        await using var db = Open();
        var submitted = db.Responses.Where(r => r.RoundId == roundId && r.IsSubmitted).Select(r => r.Id);
        return new StoredCounts(
            await db.Responses.CountAsync(r => r.RoundId == roundId),
            await submitted.CountAsync(),
            await db.Answers.CountAsync(a => submitted.Contains(a.ResponseId)),
            await db.OutcomeStatements.CountAsync(o => submitted.Contains(o.ResponseId)));
    }
}
