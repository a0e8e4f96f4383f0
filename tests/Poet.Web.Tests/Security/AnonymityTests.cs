using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Web.Infrastructure;
using Poet.Web.Tests.Pages.Survey;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>
/// The product's promise. Threat model: someone holding the whole database and the roster (a host admin, a stolen
/// backup) must not be able to tell which response belongs to whom: not from keys, columns or times, nor from the
/// order rows were written in.
/// </summary>
public class AnonymityTests(AnonymityTests.LoggedApp app) : IClassFixture<AnonymityTests.LoggedApp>
{
    private static readonly Type[] AnonymousEntities = [typeof(Response), typeof(Answer), typeof(OutcomeStatement)];
    private static readonly string[] AnonymousTables = ["Responses", "Answers", "OutcomeStatements"];

    /// <summary>POET with every log line it writes, under its own logging configuration, kept for inspection.</summary>
    public sealed class LoggedApp : PoetApp
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    [Fact]
    public async Task Schema_AnonymousTablesReferenceNoInvitationOrCodeAndHoldNoTime()
    {
        var model = await app.WithDbAsync(db => Task.FromResult(db.Model));
        foreach (var type in AnonymousEntities)
        {
            var entity = model.FindEntityType(type)!;
            Assert.All(entity.GetProperties(), p => Assert.DoesNotContain(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType,
                new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeOnly), typeof(TimeSpan) }));
            Assert.All(entity.GetForeignKeys(), fk => Assert.True(AnonymousEntities.Contains(fk.PrincipalEntityType.ClrType), $"{type.Name} references {fk.PrincipalEntityType.ClrType.Name}"));
            Assert.DoesNotContain(entity.GetProperties(), p => new[] { "Invitation", "Code", "Token", "Email", "User", "Ip", "Agent", "Time", "Utc" }
                .Any(word => p.Name.Contains(word, StringComparison.Ordinal)));
        }
        // Nothing else points at a response either (an invitation must not say which response is its own).
        Assert.All(model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(fk => fk.PrincipalEntityType.ClrType == typeof(Response)),
            fk => Assert.Contains(fk.DeclaringEntityType.ClrType, AnonymousEntities));
        Assert.Equal(typeof(DateOnly?), model.FindEntityType(typeof(Response))!.FindProperty(nameof(Response.SubmittedOn))!.ClrType);
        Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, model.FindEntityType(typeof(Response))!.FindProperty(nameof(Response.Id))!.ValueGenerated);
    }

    [Fact]
    public async Task Storage_AnonymousTablesHaveNoRowNumbers()
    {
        if (PoetApp.IsPostgres)
        {
            var numbered = await QueryAsync(@"SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_name IN ('Responses', 'Answers', 'OutcomeStatements') AND (is_identity = 'YES' OR column_default LIKE 'nextval%')");
            Assert.Empty(numbered);
        }
        else
        {
            var ddl = await QueryAsync("SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ('Responses', 'Answers', 'OutcomeStatements')");
            Assert.Equal(3, ddl.Count);
            Assert.All(ddl, sql => Assert.EndsWith("WITHOUT ROWID", sql.Trim().TrimEnd(';').Trim()));
        }
    }

    [Fact]
    public async Task Attack_OrderOfRowsAndTransactions_DoesNoBetterThanChance()
    {
        const int people = 60;
        var setup = await app.CreateRoundAsync();
        var roster = await app.InviteAsync(setup, people);
        var random = new Random(20261126);
        Invitee[] startOrder = [.. roster], submitOrder = [.. roster];
        random.Shuffle(startOrder);
        random.Shuffle(submitOrder);
        var clients = new Dictionary<Invitee, Respondent>();

        // Everyone opens their link and starts, in one order; then they submit in another.
        foreach (var person in startOrder) clients[person] = await Respondent.StartAsync(app, person, viaShortCode: person == startOrder[0]);
        for (var i = 0; i < submitOrder.Length; i++) await clients[submitOrder[i]].AnswerAndSubmitAsync(setup, fullJourney: i % 12 == 0, random);

        // The flags are not written beside the submissions...
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(x => x.RoundId == setup.RoundId && x.HasSubmitted)));
        await app.Get<CompletionFlags>().FlushAsync();
        // ...but later, all in one write.
        Assert.Equal(people, await app.WithDbAsync(db => db.Invitations.CountAsync(x => x.RoundId == setup.RoundId && x.HasSubmitted)));
        if (PoetApp.IsPostgres)
            Assert.Single((await QueryAsync($@"SELECT DISTINCT xmin::text FROM ""Invitations"" WHERE ""RoundId"" = {setup.RoundId} AND ""HasSubmitted""")));

        // Ground truth the attacker lacks: which response is whose (only the tokens link them).
        var owner = await app.WithDbAsync(async db =>
        {
            var byHash = await db.Responses.Where(r => r.RoundId == setup.RoundId).ToDictionaryAsync(r => Convert.ToHexString(r.AccessHash!), r => r.Id.ToString());
            return roster.ToDictionary(p => byHash[Convert.ToHexString(AccessCodes.ResponseAccessHash(p.Token))], p => p);
        });
        Assert.Equal(people, owner.Count);

        var personOrders = new Dictionary<string, IReadOnlyList<Invitee>> { ["submission order"] = submitOrder, ["start order"] = startOrder };
        foreach (var (name, ids) in await InvitationOrdersAsync(setup.RoundId))
            personOrders["invitations by " + name] = ids.Select(id => roster.Single(p => p.InvitationId == id)).ToList();
        var responseOrders = await ResponseOrdersAsync(setup.RoundId);
        Assert.True(responseOrders.Count >= (PoetApp.IsPostgres ? 14 : 10), string.Join(", ", responseOrders.Keys));

        foreach (var (responseOrderName, responseIds) in responseOrders)
        {
            var guessed = responseIds.Where(owner.ContainsKey).Select(id => owner[id]).ToList();
            Assert.Equal(people, guessed.Count);
            foreach (var (personOrderName, persons) in personOrders)
            {
                var hits = Enumerable.Range(0, people).Count(i => guessed[i] == persons[i]);
                var rho = Spearman(guessed.Select(p => persons.ToList().IndexOf(p)).ToList());
                // Chance gives about one hit and a correlation near 0 (standard error 0.13 for 60 people).
                Assert.True(hits < 8 && Math.Abs(rho) < 0.6, $"Responses {responseOrderName} against {personOrderName}: {hits} of {people} matched, rank correlation {rho:F2}");
            }
        }
    }

    [Fact]
    public async Task Logs_NeverHoldATokenShortCodeOrResponseId()
    {
        var setup = await app.CreateRoundAsync();
        var roster = await app.InviteAsync(setup, 3);
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Poet.Tests").LogWarning("capture check");
        foreach (var person in roster)
            await (await Respondent.StartAsync(app, person, viaShortCode: person == roster[0])).AnswerAndSubmitAsync(setup, fullJourney: true, new Random(1));
        await app.NewClient().GetAsync("/survey/not-a-token");
        await app.Get<CompletionFlags>().FlushAsync();
        var responseIds = await app.WithDbAsync(db => db.Responses.Where(r => r.RoundId == setup.RoundId).Select(r => r.Id.ToString()).ToListAsync());

        var lines = app.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("capture check"));
        var secrets = roster.SelectMany(p => new[] { p.Token, p.ShortCode, p.ShortCode.Replace("-", "") }).Concat(responseIds);
        Assert.All(lines, line => Assert.DoesNotContain(secrets, s => line.Contains(s, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Tokens_ResponseCannotBeFoundFromInvitationsHash()
    {
        var setup = await app.CreateRoundAsync();
        var person = (await app.InviteAsync(setup, 1))[0];
        await Respondent.StartAsync(app, person, viaShortCode: false);

        var (code, response) = await app.WithDbAsync(async db => (
            await db.AccessCodes.SingleAsync(c => c.InvitationId == person.InvitationId),
            await db.Responses.SingleAsync(r => r.RoundId == setup.RoundId)));

        Assert.Equal(AccessCodes.TokenHash(person.Token), code.TokenHash);
        var anyMatch = await app.WithDbAsync(db => db.Responses.AnyAsync(r => r.AccessHash == code.TokenHash));
        Assert.False(anyMatch);
        Assert.NotEqual(code.TokenHash, response.AccessHash);
    }

    [Fact]
    public async Task Tokens_AccessCodeStoresNoPlainTokenAndUnsealsOnlyWithItsShortCode()
    {
        var setup = await app.CreateRoundAsync();
        var roster = await app.InviteAsync(setup, 2);
        var salt = await app.WithDbAsync(db => db.Rounds.Where(r => r.Id == setup.RoundId).Select(r => r.CodeSalt).SingleAsync());
        var code = await app.WithDbAsync(db => db.AccessCodes.SingleAsync(c => c.InvitationId == roster[0].InvitationId));

        foreach (var column in new[] { code.TokenHash, code.ShortCodeLookup, code.SealedToken })
        {
            Assert.False(Contains(column, Encoding.UTF8.GetBytes(roster[0].Token)));
            Assert.False(Contains(column, Encoding.UTF8.GetBytes(roster[0].ShortCode.Replace("-", ""))));
        }
        var (_, rightKey) = AccessCodes.DeriveShortCode(AccessCodes.NormaliseShortCode(roster[0].ShortCode)!, salt);
        var (_, otherKey) = AccessCodes.DeriveShortCode(AccessCodes.NormaliseShortCode(roster[1].ShortCode)!, salt);
        Assert.Equal(roster[0].Token, AccessCodes.Unseal(code.SealedToken, rightKey));
        Assert.Null(AccessCodes.Unseal(code.SealedToken, otherKey));
        Assert.False(await DatabaseContainsAsync(roster[0].Token), "The plain token was found in the database");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>Searches every stored byte (SQLite: the database file and its WAL) or every row as text (PostgreSQL).</summary>
    private async Task<bool> DatabaseContainsAsync(string secret)
    {
        if (PoetApp.IsPostgres)
        {
            var tables = await QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            foreach (var table in tables)
                if ((await QueryAsync($@"SELECT t::text FROM ""{table}"" t")).Any(row => row.Contains(secret))) return true;
            return false;
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var needle = Encoding.UTF8.GetBytes(secret);
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            if (Contains(copy.ToArray(), needle)) return true;
        }
        return false;
    }

    /// <summary>Every order an attacker can put the responses in: natural (physical) order, by each column, and on PostgreSQL by ctid and xmin; also the order in which their answers are stored.</summary>
    private async Task<Dictionary<string, List<string>>> ResponseOrdersAsync(int roundId)
    {
        var columns = await app.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(Response))!.GetProperties()
            .Select(p => p.GetColumnName()).ToList()));
        var orders = new Dictionary<string, List<string>>();
        var mine = $@"WHERE ""RoundId"" = {roundId}";
        async Task Add(string name, string sql) => orders[name] = (await QueryAsync(sql)).Select(Normalise).Distinct().ToList();

        await Add("in natural order", @"SELECT ""Id"" FROM ""Responses"" " + mine);
        foreach (var column in columns)
        {
            await Add($"by {column}", $@"SELECT ""Id"" FROM ""Responses"" {mine} ORDER BY ""{column}""");
            await Add($"by {column} descending", $@"SELECT ""Id"" FROM ""Responses"" {mine} ORDER BY ""{column}"" DESC");
        }
        var answerRows = $@"SELECT ""ResponseId"" FROM ""Answers"" WHERE ""ResponseId"" IN (SELECT ""Id"" FROM ""Responses"" {mine})";
        await Add("by natural order of answers", answerRows);
        if (PoetApp.IsPostgres)
        {
            await Add("by ctid", @"SELECT ""Id"" FROM ""Responses"" " + mine + " ORDER BY ctid");
            await Add("by xmin", @"SELECT ""Id"" FROM ""Responses"" " + mine + " ORDER BY xmin::text::bigint");
            await Add("by ctid of answers", answerRows + " ORDER BY ctid");
            await Add("by xmin of answers", answerRows + " ORDER BY xmin::text::bigint");
        }
        return orders;
    }

    private async Task<Dictionary<string, List<int>>> InvitationOrdersAsync(int roundId)
    {
        var orders = new Dictionary<string, List<int>>();
        var sorts = new List<string> { @"""Id""", @"""Email""", @"""HasSubmitted"", ""Id""" };
        if (PoetApp.IsPostgres) sorts.AddRange(["ctid", "xmin::text::bigint, ctid"]);
        foreach (var sort in sorts)
            orders[sort.Replace("\"", "")] = (await QueryAsync($@"SELECT ""Id"" FROM ""Invitations"" WHERE ""RoundId"" = {roundId} ORDER BY {sort}")).Select(int.Parse).ToList();
        return orders;
    }

    // SQLite stores GUIDs as upper-case text, PostgreSQL as uuid.
    private static string Normalise(string id) => Guid.Parse(id).ToString();

    private Task<List<string>> QueryAsync(string sql) => app.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    });

    /// <summary>Spearman's rank correlation between position in the guess and the given ranks (no ties).</summary>
    private static double Spearman(IReadOnlyList<int> ranks)
    {
        var n = ranks.Count;
        var d2 = Enumerable.Range(0, n).Sum(i => Math.Pow(i - ranks[i], 2));
        return 1 - 6 * d2 / (n * ((double)n * n - 1));
    }
}

/// <summary>One respondent's browser: a cookie jar and the antiforgery token its pages carry.</summary>
internal sealed class Respondent(HttpClient client, Invitee person, string antiforgery)
{
    public static async Task<Respondent> StartAsync(PoetApp app, Invitee person, bool viaShortCode)
    {
        var client = app.NewClient();
        if (viaShortCode)
        {
            var entered = await client.PostFormAsync("/survey/code", new Dictionary<string, string> { ["Code"] = person.ShortCode });
            entered.AssertRedirect(person.Link);
        }
        var respondent = new Respondent(client, person, await Http.AntiforgeryTokenAsync(client, person.Link));
        (await respondent.PostAsync("", [])).AssertRedirect(person.Link + "/about");
        return respondent;
    }

    public async Task AnswerAndSubmitAsync(SurveySetup setup, bool fullJourney, Random random)
    {
        if (fullJourney)
        {
            await PostAsync("/about", [new("Form.RoleTitle", "Practitioner"), new("Form.Employer", setup.Partners[random.Next(setup.Partners.Count)].Id.ToString())]);
            await PostAsync("/section/3", SurveyFixture.AnswerAll(setup.Section(3), random.Next(1, 6)).ToList());
            await PostAsync("/outcomes", [new("Rows[0].Outcome", "Families tell their story once"), new("Rows[0].Rationale", "One assessment"), new("Button", "continue")]);
        }
        await PostAsync("/section/2", SurveyFixture.AnswerAll(setup.Section(2), random.Next(1, 6), "A comment").ToList());
        (await PostAsync("/check", [])).AssertRedirect(person.Link + "/done");
    }

    private Task<HttpResponseMessage> PostAsync(string page, List<KeyValuePair<string, string>> fields) =>
        client.PostAsync(person.Link + page, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", antiforgery))));
}

/// <summary>Keeps every log line the app writes (after its own level filters), with the message and any exception text.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} {state}");
    }
}
