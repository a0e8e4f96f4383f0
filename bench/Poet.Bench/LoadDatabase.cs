using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;

namespace Poet.Bench;

/// <summary>What the simulated respondents need to know about the seeded round: ids to post, and their plain tokens.</summary>
public sealed record LoadRound(int RoundId, IReadOnlyList<int> Partners, IReadOnlyList<int> Groups,
    IReadOnlyList<int> Section2, IReadOnlyList<int> Section3, IReadOnlyList<string> Tokens);

/// <summary>
/// What the database holds for the round after the run. An acknowledged submission is either a mixed response (in
/// Responses/Answers/OutcomeStatements) or a sealed submission still waiting for the mix; both are counted, the waiting
/// ones by opening them with the server secret. <see cref="Unopened"/> counts waiting rows that did not open with it.
/// </summary>
public sealed record StoredCounts(int Responses, int Mixed, int MixedAnswers, int MixedOutcomes, int Waiting, int WaitingAnswers, int WaitingOutcomes, int Unopened)
{
    public int Submitted => Mixed + Waiting;
    public int SubmittedAnswers => MixedAnswers + WaitingAnswers;
    public int SubmittedOutcomes => MixedOutcomes + WaitingOutcomes;

    /// <summary>Same submissions, answers and outcomes, wherever they are (the mix may have run in between).</summary>
    public bool SameTotals(StoredCounts other) =>
        Submitted == other.Submitted && SubmittedAnswers == other.SubmittedAnswers && SubmittedOutcomes == other.SubmittedOutcomes && Unopened == other.Unopened;
}

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

    /// <summary>Opens sealed submissions as the server does, given the <c>--Poet:SecretKey</c> the harness passed it.</summary>
    public static SealedAnswers Sealer(string secretKey) =>
        new(new PoetSecrets(Options.Create(new PoetOptions { SecretKey = secretKey }), new ConfigurationBuilder().Build()));

    /// <summary>
    /// Counts in one snapshot (a transaction; repeatable read on PostgreSQL), so a mix running meanwhile cannot move a
    /// submission from the waiting rows to the responses between two reads and have it counted twice or not at all.
    /// </summary>
    public Task<StoredCounts> CountAsync(int roundId, string secretKey) => InSnapshotAsync(async db =>
    {
        var sealer = Sealer(secretKey);
        var (waiting, answers, outcomes, unopened) = (0, 0, 0, 0);
        await foreach (var row in db.SealedSubmissions.AsNoTracking().Where(s => s.RoundId == roundId).AsAsyncEnumerable())
        {
            if (sealer.OpenSubmission(row) is not { } response) { unopened++; continue; }
            waiting++;
            answers += response.Answers.Count;
            outcomes += response.Outcomes.Count;
        }
        var submitted = db.Responses.Where(r => r.RoundId == roundId && r.IsSubmitted).Select(r => r.Id);
        return new StoredCounts(
            await db.Responses.CountAsync(r => r.RoundId == roundId),
            await submitted.CountAsync(),
            await db.Answers.CountAsync(a => submitted.Contains(a.ResponseId)),
            await db.OutcomeStatements.CountAsync(o => submitted.Contains(o.ResponseId)),
            waiting, answers, outcomes, unopened);
    });

    /// <summary>Every submitted response of the round, mixed or waiting (opened), with its answers and outcomes; one snapshot.</summary>
    public Task<(List<Response> Mixed, List<Response> Waiting, int Unopened)> SubmittedAsync(int roundId, string secretKey) => InSnapshotAsync(async db =>
    {
        var sealer = Sealer(secretKey);
        var opened = (await db.SealedSubmissions.AsNoTracking().Where(s => s.RoundId == roundId).ToListAsync()).Select(sealer.OpenSubmission).ToList();
        var mixed = await db.Responses.AsNoTracking().Include(r => r.Answers).Include(r => r.Outcomes).AsSplitQuery()
            .Where(r => r.RoundId == roundId && r.IsSubmitted).ToListAsync();
        return (mixed, opened.OfType<Response>().ToList(), opened.Count(r => r is null));
    });

    private async Task<T> InSnapshotAsync<T>(Func<PoetDb, Task<T>> read)
    {
        await using var db = Open();
        await using var transaction = await db.Database.BeginTransactionAsync(
            provider == DatabaseProvider.Postgres ? System.Data.IsolationLevel.RepeatableRead : System.Data.IsolationLevel.Serializable);
        var result = await read(db);
        await transaction.RollbackAsync();
        return result;
    }
}
