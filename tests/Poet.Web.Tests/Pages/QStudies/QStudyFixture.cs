using System.Net;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.QStudies;

/// <summary>A partnership with a facilitator, a Q study and participants' clients, for the Q study tests.</summary>
public sealed record QSetup(int Pid, int Sid, string Key, HttpClient Facilitator, IReadOnlyList<string> Statements);

public static class QStudyFixture
{
    public static readonly int[] LipsetCounts = [2, 3, 4, 5, 5, 5, 4, 3, 2];
    public static string FixturePath(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "QMethod", file);

    /// <summary>The 33 lipset statements (qmethod's statements.csv), in order.</summary>
    public static IReadOnlyList<string> LipsetStatements() =>
        Poet.Web.Pages.QStudies.StatementFile.Read("statements.csv", File.ReadAllText(FixturePath("statements.csv")));

    public static IReadOnlyList<string> Numbered(int count) => Enumerable.Range(1, count).Select(i => $"Statement number {i} about outcomes").ToArray();

    /// <summary>An open study with the lipset statements and grid (or <paramref name="statements"/> with <paramref name="counts"/>), created as a facilitator would.</summary>
    public static async Task<QSetup> CreateStudyAsync(this PoetApp app, QStudyStatus status = QStudyStatus.Open, IReadOnlyList<string>? statements = null, int[]? counts = null)
    {
        var name = "Q " + Guid.NewGuid().ToString("N")[..8];
        var pid = await app.CreatePartnershipAsync(name);
        var email = $"fac-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: pid, role: PartnershipRole.Facilitator);
        var client = await app.SignedInClientAsync(email);
        statements ??= LipsetStatements();
        var response = await client.PostFormAsync($"/partnerships/{pid}/q-studies/new", new Dictionary<string, string>
        {
            ["Title"] = "What the partnership is for",
            ["Instruction"] = "Sort these by how important they are to you",
            ["Statements"] = string.Join("\n", statements),
            ["GridLowest"] = (-((counts ?? LipsetCounts).Length / 2)).ToString(),
            ["GridCounts"] = string.Join(",", counts ?? LipsetCounts),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sid = int.Parse(response.Location()!.Split('/')[^1]);
        var key = await app.WithDbAsync(async db =>
        {
            var study = await db.QStudies.SingleAsync(s => s.Id == sid);
            study.Status = status;
            await db.SaveChangesAsync();
            return study.PublicKey;
        });
        return new QSetup(pid, sid, key, client, statements);
    }

    /// <summary>An open study written straight to the database, for tests that drive a browser rather than HttpClient.</summary>
    public static Task<string> SeedOpenStudyAsync(this PoetApp app, IReadOnlyList<string> statements, int[] counts) => app.WithDbAsync(async db =>
    {
        var pid = await app.CreatePartnershipAsync("Seeded " + Guid.NewGuid().ToString("N")[..6]);
        var study = new QStudy
        {
            PartnershipId = pid, Title = "What the partnership is for", Instruction = "Sort these by how important they are to you",
            GridLowest = -(counts.Length / 2), GridCounts = string.Join(",", counts), Status = QStudyStatus.Open,
            PublicKey = Guid.NewGuid().ToString("N"), CodeSalt = new byte[16], CreatedUtc = DateTime.UtcNow,
        };
        study.Statements.AddRange(statements.Select((t, i) => new QStatement { Number = i + 1, Text = t }));
        db.QStudies.Add(study);
        await db.SaveChangesAsync();
        return study.PublicKey;
    });

    /// <summary>POSTs a multipart form with the antiforgery token of <paramref name="formUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, string field, string fileName, string content, Dictionary<string, string>? fields = null)
    {
        var token = await Http.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields ?? []) form.Add(new StringContent(v), k);
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), field, fileName);
        return await client.PostAsync(url, form);
    }

    /// <summary>Adds the nine lipset Q-sorts through the import page.</summary>
    public static async Task ImportLipsetAsync(this QSetup setup)
    {
        var response = await setup.Facilitator.PostFileAsync($"/partnerships/{setup.Pid}/q-studies/{setup.Sid}/import", "SortsFile", "qsorts.csv", File.ReadAllText(FixturePath("qsorts.csv")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("9 Q-sorts imported", await response.Content.ReadAsStringAsync());
    }
}
