using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Pages.QStudies;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Sorting;

/// <summary>Q-sorts keep the survey's anonymity promise: no time, no token, no row numbers, no link to a printed code.</summary>
public class SortAnonymityTests(PoetApp app) : IClassFixture<PoetApp>
{
    [Fact]
    public async Task Schema_SortsHoldNoTimeTokenOrCode()
    {
        var model = await app.WithDbAsync(db => Task.FromResult(db.Model));
        foreach (var type in new[] { typeof(QSort), typeof(QPlacement), typeof(QAnswer) })
        {
            var entity = model.FindEntityType(type)!;
            Assert.All(entity.GetProperties(), p => Assert.DoesNotContain(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType, new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeOnly) }));
            // QSort.Code is the sort's study code (issue 19): drawn at random at submission, never from a token or
            // printed code (SortCodeTests); no other column may hold a code.
            Assert.DoesNotContain(entity.GetProperties().Where(p => !(type == typeof(QSort) && p.Name == nameof(QSort.Code))),
                p => new[] { "Code", "Token", "Email", "User", "Time", "Utc" }.Any(w => p.Name.Contains(w, StringComparison.Ordinal)));
            Assert.DoesNotContain(entity.GetForeignKeys(), fk => fk.PrincipalEntityType.ClrType == typeof(QPrintedCode));
        }
        Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, model.FindEntityType(typeof(QSort))!.FindProperty(nameof(QSort.Id))!.ValueGenerated);
    }

    [Fact]
    public async Task Storage_SortTablesHaveNoRowNumbers()
    {
        var sql = PoetApp.IsPostgres
            ? "SELECT table_name || '.' || column_name AS \"Value\" FROM information_schema.columns WHERE table_name IN ('QSorts', 'QPlacements', 'QAnswers') AND (is_identity = 'YES' OR column_default LIKE 'nextval%')"
            : "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name IN ('QSorts', 'QPlacements', 'QAnswers')";
        var rows = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>(sql).ToListAsync());
        if (PoetApp.IsPostgres) Assert.Empty(rows);
        else Assert.All(rows, ddl => Assert.EndsWith("WITHOUT ROWID", ddl.Trim().TrimEnd(';').Trim()));
        if (!PoetApp.IsPostgres) Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Start_TokenOnlyInCookie_RowHoldsItsHash()
    {
        var setup = await app.CreateStudyAsync();
        var client = app.NewClient();
        var response = await client.PostFormAsync($"/q/{setup.Key}", QSortFlow.Consent());

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"poet-q-{setup.Sid}="));
        var token = cookie.Split(';')[0].Split('=', 2)[1];
        Assert.Contains("httponly", cookie.ToLowerInvariant());
        var hash = Poet.Data.AccessCodes.ResponseAccessHash(token);
        Assert.True(await app.WithDbAsync(db => db.QSorts.AnyAsync(s => s.StudyId == setup.Sid && s.AccessHash == hash)));
    }
}
