using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Data.National;
using Poet.Data.Outcomes;

namespace Poet.Bench;

/// <summary>
/// A synthetic national host: partnerships with coded profiles, closed staff rounds with their responses, agreed outcome
/// lists, and a closed users-and-carers questionnaire per partnership. Rows go into the app's own tables by binary COPY;
/// table and column names come from the EF model, and every index and constraint the migrations made stays in place.
/// </summary>
public sealed class NationalDataset(PostgresPoetDb db, NpgsqlConnection connection, double scale, TextWriter log)
{
    public const int LocalItems = 10, OutcomesPerList = 8, UcReturnsPerPartnership = 100;
    private readonly Random _random = new(20061027);
    private readonly ItemBank _bank = ItemBank.Current;

    public int Partnerships => (int)Math.Round(2000 * scale);
    public int Rounds => Partnerships * 5 / 2;
    public Dictionary<string, long> Counts { get; } = [];

    public async Task LoadAsync()
    {
        var vocab = NationalVocabularies.Current;
        var outcomeVocab = OutcomeVocabularies.Current;
        var partnerships = Enumerable.Range(1, Partnerships).Select(id => new Partnership
        {
            Id = id, Name = $"Synthetic partnership {id:0000}", Area = "Synthetic", CreatedUtc = DateTime.UtcNow,
            Frames = (Frames)_random.Next(1, 16),
            TypeCode = Pick(vocab[NationalVocabularies.Type]), ClientGroupCode = Pick(vocab[NationalVocabularies.Client]),
            GovernanceCode = Pick(vocab[NationalVocabularies.Governance]), RegionCode = Pick(vocab[NationalVocabularies.Region]),
            DepthCode = Pick(vocab[NationalVocabularies.Depth]), BreadthCode = Pick(vocab[NationalVocabularies.Breadth]),
        }).ToArray();
        await CopyAsync(partnerships, nameof(Partnership.Id), nameof(Partnership.Name), nameof(Partnership.Area), nameof(Partnership.ClientGroup),
            nameof(Partnership.PartnershipType), nameof(Partnership.Governance), nameof(Partnership.Frames), nameof(Partnership.DepthBreadthNotes),
            nameof(Partnership.StakeholderNotes), nameof(Partnership.TypeCode), nameof(Partnership.ClientGroupCode), nameof(Partnership.GovernanceCode),
            nameof(Partnership.RegionCode), nameof(Partnership.DepthCode), nameof(Partnership.BreadthCode), nameof(Partnership.CreatedUtc));
        var partners = partnerships.SelectMany(p => Enumerable.Range(0, 3).Select(n => new PartnerOrganisation
        { Id = (p.Id - 1) * 3 + n + 1, PartnershipId = p.Id, Name = new[] { "Council", "Health trust", "Voluntary sector" }[n] })).ToArray();
        await CopyAsync(partners, nameof(PartnerOrganisation.Id), nameof(PartnerOrganisation.PartnershipId), nameof(PartnerOrganisation.Name));

        // Two or three rounds a partnership, a year or two apart, closing between 2019 and 2025.
        var rounds = new List<SurveyRound>(Rounds);
        foreach (var p in partnerships)
        {
            var count = p.Id <= Rounds - 2 * Partnerships ? 3 : 2;
            var year = 2019 + _random.Next(0, 7 - 2 * (count - 1));
            for (var n = 0; n < count; n++, year += 1 + _random.Next(0, 2))
                rounds.Add(new SurveyRound
                {
                    Id = rounds.Count + 1, PartnershipId = p.Id, Title = $"Round {n + 1}", OpensOn = new DateOnly(Math.Min(year, 2025), 3, 1),
                    ClosesOn = new DateOnly(Math.Min(year, 2025), 4, 1 + _random.Next(0, 28)), ThresholdValue = 30,
                    InstrumentVersion = _bank.Version, Status = RoundStatus.Closed, CodeSalt = RandomNumberGenerator.GetBytes(16),
                });
        }
        await CopyAsync(rounds, nameof(SurveyRound.Id), nameof(SurveyRound.PartnershipId), nameof(SurveyRound.Title), nameof(SurveyRound.OpensOn),
            nameof(SurveyRound.ClosesOn), nameof(SurveyRound.ThresholdKind), nameof(SurveyRound.ThresholdValue), nameof(SurveyRound.InstrumentVersion),
            nameof(SurveyRound.Status), nameof(SurveyRound.ReminderDays), nameof(SurveyRound.InvitationSubject), nameof(SurveyRound.InvitationBody),
            nameof(SurveyRound.ReminderSubject), nameof(SurveyRound.ReminderBody), nameof(SurveyRound.CodeSalt));

        var perRound = _bank.Items.Count + LocalItems;
        var items = rounds.SelectMany(r => _bank.Items.Select((b, i) => new RoundItem
        {
            RoundId = r.Id, ItemId = b.Id, Section = b.Section, Theme = b.Theme, Text = b.Text, Help = b.Help, Source = b.Source, Order = i + 1,
        }).Concat(Enumerable.Range(1, LocalItems).Select(n => new RoundItem
        {
            RoundId = r.Id, ItemId = $"LOCAL-{n:00}", Section = 3, Theme = "Local", Text = $"Local statement {n}", Order = _bank.Items.Count + n, IsLocal = true,
        }))).Select((item, i) => { item.Id = i + 1; return item; }).ToArray();
        await CopyAsync(items, nameof(RoundItem.Id), nameof(RoundItem.RoundId), nameof(RoundItem.ItemId), nameof(RoundItem.Section), nameof(RoundItem.Theme),
            nameof(RoundItem.Text), nameof(RoundItem.Help), nameof(RoundItem.Source), nameof(RoundItem.Order), nameof(RoundItem.IsLocal));

        await StaffResponsesAsync(rounds, perRound);
        await OutcomesAsync(rounds, outcomeVocab);
        await UsersAndCarersAsync(partnerships);
        await ResetSequencesAsync();
    }

    /// <summary>About 200 responses a round on average (1,000,000 over 5,000 rounds), 70% of those invited; answers lean by partnership.</summary>
    private async Task StaffResponsesAsync(List<SurveyRound> rounds, int perRound)
    {
        var sizes = rounds.Select(_ => 40 + _random.Next(0, 321)).ToArray();
        var invitations = rounds.SelectMany((r, i) => Enumerable.Range(0, sizes[i] * 10 / 7).Select(n => new Invitation
        {
            RoundId = r.Id, Email = $"person{n:0000}@synthetic.example", PartnerOrganisationId = (r.PartnershipId - 1) * 3 + 1 + n % 3,
            SendStatus = SendStatus.Sent, SentUtc = r.OpensOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), HasSubmitted = n < sizes[i],
        })).Select((inv, i) => { inv.Id = i + 1; return inv; });
        await CopyAsync(invitations, nameof(Invitation.Id), nameof(Invitation.RoundId), nameof(Invitation.Email), nameof(Invitation.PartnerOrganisationId),
            nameof(Invitation.SendStatus), nameof(Invitation.SentUtc), nameof(Invitation.RemindersSent), nameof(Invitation.HasSubmitted));

        // Responses in key order, so the primary keys of Responses and Answers grow at their right edge instead of splitting pages at random.
        var responses = rounds.SelectMany((r, i) => Enumerable.Range(0, sizes[i]).Select(n => (Key: RandomNumberGenerator.GetBytes(16), Round: r, N: n)))
            .OrderBy(x => x.Key, ByteOrder.Instance).ToArray();
        var rows = responses.Select(x => new Response
        {
            Id = new Guid(x.Key, bigEndian: true), RoundId = x.Round.Id, Mode = x.N % 10 == 9 ? ResponseMode.Paper : ResponseMode.Online,
            IsSubmitted = true,
            PartnerOrganisationId = x.N % 7 == 6 ? null : (x.Round.PartnershipId - 1) * 3 + 1 + x.N % 3,
            LastSectionSaved = 4,
        });
        await CopyAsync(rows, nameof(Response.Id), nameof(Response.RoundId), nameof(Response.Mode), nameof(Response.IsSubmitted),
            nameof(Response.PartnerOrganisationId), nameof(Response.LastSectionSaved));

        var answers = responses.SelectMany(x =>
        {
            var lean = (x.Round.PartnershipId % 5) - 2;
            var sparse = x.N % 40 == 39; // answers a third of the statements: submitted but not usable
            var first = (x.Round.Id - 1) * perRound + 1;
            return Enumerable.Range(0, perRound).Select(i => new Answer
            {
                ResponseId = new Guid(x.Key, bigEndian: true), RoundItemId = first + i,
                Value = (sparse && i % 3 != 0) || _random.Next(0, 50) == 0 ? null : Likert(lean),
                Comment = _random.Next(0, 100) == 0 ? "A synthetic comment." : null,
            });
        });
        await CopyAsync(answers, nameof(Answer.ResponseId), nameof(Answer.RoundItemId), nameof(Answer.Value), nameof(Answer.Comment));
    }

    private int Likert(int lean)
    {
        if (_random.Next(0, 12) == 0) return 3;
        var v = _random.Next(0, 4) + (_random.Next(0, 3) == 0 ? lean : 0);
        return Math.Clamp(v, 0, 3) switch { 0 => 1, 1 => 2, 2 => 4, _ => 5 };
    }

    /// <summary>One agreed list a round: eight outcomes from a shared pool of wordings, each from one classified hand-added statement.</summary>
    private async Task OutcomesAsync(List<SurveyRound> rounds, OutcomeVocabularies vocab)
    {
        var lists = rounds.Select(r => new AgreedList
        {
            Id = r.Id, PartnershipId = r.PartnershipId, RoundId = r.Id, Version = 1, Reason = "Agreed at the workshop",
            CreatedBy = "synthetic", CreatedUtc = r.ClosesOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
        }).ToArray();
        await CopyAsync(lists, nameof(AgreedList.Id), nameof(AgreedList.PartnershipId), nameof(AgreedList.RoundId), nameof(AgreedList.Version),
            nameof(AgreedList.Reason), nameof(AgreedList.CreatedBy), nameof(AgreedList.CreatedUtc));
        var picks = rounds.SelectMany(r => OutcomeSlots(r.PartnershipId).Select((slot, n) => (Round: r, Slot: slot, N: n, Statement: Guid.NewGuid()))).ToArray();
        await CopyAsync(picks.Select((x, i) => new AgreedOutcome { Id = i + 1, AgreedListId = x.Round.Id, Order = x.N + 1, Wording = Wording(x.Slot) }),
            nameof(AgreedOutcome.Id), nameof(AgreedOutcome.AgreedListId), nameof(AgreedOutcome.Order), nameof(AgreedOutcome.Wording),
            nameof(AgreedOutcome.IsContested), nameof(AgreedOutcome.CompetingWordings), nameof(AgreedOutcome.Votes));
        await CopyAsync(picks.Select((x, i) => new AgreedOutcomeSource { AgreedOutcomeId = i + 1, StatementId = x.Statement }),
            nameof(AgreedOutcomeSource.AgreedOutcomeId), nameof(AgreedOutcomeSource.StatementId));
        await CopyAsync(picks.Select(x => new HandStatement
        {
            Id = x.Statement, RoundId = x.Round.Id, Source = StatementSource.Workshop, SourceDetail = "Workshop",
            Outcome = Wording(x.Slot), AddedBy = "synthetic", AddedUtc = x.Round.ClosesOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
        }),
            nameof(HandStatement.Id), nameof(HandStatement.RoundId), nameof(HandStatement.Source), nameof(HandStatement.SourceDetail),
            nameof(HandStatement.Outcome), nameof(HandStatement.Rationale), nameof(HandStatement.AddedBy), nameof(HandStatement.AddedUtc));
        await CopyAsync(picks.Select((x, i) => new StatementClassification
        {
            Id = i + 1, RoundId = x.Round.Id, StatementId = x.Statement,
            Focus = vocab.Focus[x.Slot % vocab.Focus.Count].Id, Type = vocab.Type[x.Slot % vocab.Type.Count].Id,
            FrameworkHeading = vocab.FrameworkHeadings[x.Slot % vocab.FrameworkHeadings.Count].Id, UpdatedBy = "synthetic", UpdatedUtc = DateTime.UtcNow
        }),
            nameof(StatementClassification.Id), nameof(StatementClassification.RoundId), nameof(StatementClassification.StatementId),
            nameof(StatementClassification.Focus), nameof(StatementClassification.Type), nameof(StatementClassification.FrameworkHeading),
            nameof(StatementClassification.UpdatedBy), nameof(StatementClassification.UpdatedUtc));
    }

    /// <summary>A partnership's eight outcomes, the same for each of its rounds: drawn from 40 wordings, some far more common than others.</summary>
    private static IEnumerable<int> OutcomeSlots(int pid) =>
        Enumerable.Range(0, OutcomesPerList).Select(n => (int)(Math.Pow((pid * 7919 + n * 104729) % 1000 / 1000.0, 2) * 40)).Distinct()
            .Concat(Enumerable.Range(0, 40).Select(n => (pid + n) % 40)).Distinct().Take(OutcomesPerList);

    private static string Wording(int slot) => $"Synthetic outcome {slot + 1:00}";

    /// <summary>A closed questionnaire per partnership, its outcomes the partnership's agreed wordings, and 100 returns each.</summary>
    private async Task UsersAndCarersAsync(Partnership[] partnerships)
    {
        await CopyAsync(partnerships.Select(p => new UcQuestionnaire
        {
            Id = p.Id, PartnershipId = p.Id, Title = "What matters to you", Status = UcStatus.Closed,
            LinkKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), CodeSalt = RandomNumberGenerator.GetBytes(16),
            CreatedUtc = DateTime.UtcNow, OpenedUtc = DateTime.UtcNow
        }),
            nameof(UcQuestionnaire.Id), nameof(UcQuestionnaire.PartnershipId), nameof(UcQuestionnaire.Title), nameof(UcQuestionnaire.Status),
            nameof(UcQuestionnaire.LinkKey), nameof(UcQuestionnaire.CodeSalt), nameof(UcQuestionnaire.SamePersonMayKeyTwice),
            nameof(UcQuestionnaire.CoveringLetter), nameof(UcQuestionnaire.CreatedUtc), nameof(UcQuestionnaire.OpenedUtc));
        await CopyAsync(partnerships.SelectMany(p => OutcomeSlots(p.Id).Select((slot, n) => new UcItem
        { Id = (p.Id - 1) * OutcomesPerList + n + 1, QuestionnaireId = p.Id, Kind = UcItemKind.Outcome, Order = n + 1, Text = Wording(slot) })),
            nameof(UcItem.Id), nameof(UcItem.QuestionnaireId), nameof(UcItem.Kind), nameof(UcItem.Order), nameof(UcItem.Text), nameof(UcItem.StaffRatedSerious));
        var returns = partnerships.SelectMany(p => Enumerable.Range(0, UcReturnsPerPartnership).Select(n => (Key: RandomNumberGenerator.GetBytes(16), Pid: p.Id, N: n)))
            .OrderBy(x => x.Key, ByteOrder.Instance).ToArray();
        await CopyAsync(returns.Select(x => new UcResponse
        {
            Id = new Guid(x.Key, bigEndian: true), QuestionnaireId = x.Pid, Method = (UcMethod)(x.N % 3),
            AccessHash = x.N % 3 == 2 ? null : RandomNumberGenerator.GetBytes(32), IsSubmitted = true, SubmittedOn = new DateOnly(2025, 6, 1 + x.N % 28),
            RespondentType = (UcRespondentType)(1 + x.N % 2), SupportLength = 1 + x.N % 3
        }),
            nameof(UcResponse.Id), nameof(UcResponse.QuestionnaireId), nameof(UcResponse.Method), nameof(UcResponse.AccessHash), nameof(UcResponse.IsSubmitted),
            nameof(UcResponse.SubmittedOn), nameof(UcResponse.RespondentType), nameof(UcResponse.SupportLength), nameof(UcResponse.BarrierOther), nameof(UcResponse.AnythingElse));
        await CopyAsync(returns.SelectMany(x => Enumerable.Range(0, OutcomesPerList).Select(n => new UcAnswer
        {
            ResponseId = new Guid(x.Key, bigEndian: true), ItemId = (x.Pid - 1) * OutcomesPerList + n + 1,
            Importance = 1 + Math.Min(3, _random.Next(0, 3) + _random.Next(0, 2)), Happens = 1 + _random.Next(0, 5), Chosen = n == x.N % OutcomesPerList,
        })),
            nameof(UcAnswer.ResponseId), nameof(UcAnswer.ItemId), nameof(UcAnswer.Importance), nameof(UcAnswer.Happens), nameof(UcAnswer.Agreement), nameof(UcAnswer.Chosen));
    }

    /// <summary>Codes skewed as real partnerships would be (the first terms common, the last rare), 5% not stated.</summary>
    private string? Pick(CodedDimension d)
    {
        if (_random.Next(0, 20) == 0) return null;
        var weights = d.Terms.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var x = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
            if ((x -= weights[i]) <= 0) return d.Terms[i].Id;
        return d.Terms[^1].Id;
    }

    /// <summary>Binary COPY of the given properties of <typeparamref name="T"/> into its mapped table, with the model's column names.</summary>
    private async Task CopyAsync<T>(IEnumerable<T> rows, params string[] properties)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var props = properties.Select(p => entity.FindProperty(p) ?? throw new InvalidOperationException($"{typeof(T).Name}.{p} is not mapped.")).ToArray();
        var columns = string.Join(", ", props.Select(p => $"\"{p.GetColumnName(table)}\""));
        var getters = props.Select(p => p.PropertyInfo!).ToArray();
        var timer = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                // Synchronous writes: 240 million awaited values would cost more than the COPY itself.
                importer.StartRow();
                foreach (var g in getters)
                {
                    var value = g.GetValue(row);
                    if (value is null) importer.WriteNull();
                    else if (value is Enum) importer.Write(Convert.ToInt32(value));
                    else importer.Write(value);
                }
                count++;
            }
            await importer.CompleteAsync();
        }
        Counts[table.Name] = count;
        log.WriteLine($"  {table.Name,-26} {count,12:N0} rows in {timer.Elapsed.TotalSeconds,7:F1} s");
    }

    /// <summary>Identity columns were given explicit ids, so move each sequence past them as the app's next insert expects.</summary>
    private async Task ResetSequencesAsync()
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var key = entity.FindPrimaryKey();
            if (key is not { Properties.Count: 1 } || key.Properties[0].ValueGenerated != ValueGenerated.OnAdd || key.Properties[0].ClrType != typeof(int) && key.Properties[0].ClrType != typeof(long)) continue;
            var table = entity.GetTableName()!;
            var column = key.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
            await using var cmd = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))", connection);
            await cmd.ExecuteScalarAsync();
        }
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
