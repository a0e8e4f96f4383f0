using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Rounds;

/// <summary>Arrange helpers for the rounds pages: each test makes its own partnership, so tests in a class never collide.</summary>
public static class RoundsTestData
{
    public sealed record Setup(int Pid, HttpClient Client, string Email);

    public static async Task<Setup> CoordinatorAsync(this PoetApp app, PartnershipRole role = PartnershipRole.Coordinator, params string[] partners)
    {
        var pid = await app.CreatePartnershipAsync("Partnership " + Guid.NewGuid().ToString("N")[..6], partners.Length == 0 ? ["Council", "Health trust"] : partners);
        var email = $"user-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(email, partnershipId: pid, role: role);
        return new Setup(pid, await app.SignedInClientAsync(email), email);
    }

    public static Task<int> CreateRoundAsync(this PoetApp app, int pid, RoundStatus status = RoundStatus.Draft, ThresholdKind kind = ThresholdKind.Percent, int threshold = 30) =>
        app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var round = new SurveyRound
            {
                PartnershipId = pid, Title = "Spring survey", OpensOn = today, ClosesOn = today.AddDays(28), Status = status,
                ThresholdKind = kind, ThresholdValue = threshold, InstrumentVersion = ItemBank.CurrentVersion, CodeSalt = AccessCodes.NewRoundSalt(),
                InvitationSubject = "Invitation to {Partnership}", InvitationBody = "Dear {Name}, start here: {Link} or type {Code} at {CodeEntry}.",
                ReminderSubject = "Reminder for {Partnership}", ReminderBody = "Dear {Name}, please answer: {Link}",
            };
            round.Items.AddRange(ItemBank.Current.Items.Select((i, n) => new RoundItem { ItemId = i.Id, Section = i.Section, Theme = i.Theme, Text = i.Text, Help = i.Help, Source = i.Source, Order = n + 1 }));
            db.Rounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    public static Task<int> PartnerIdAsync(this PoetApp app, int pid, string name) =>
        app.WithDbAsync(db => db.PartnerOrganisations.Where(p => p.PartnershipId == pid && p.Name == name).Select(p => p.Id).SingleAsync());

    public static Task<int> AddInvitationAsync(this PoetApp app, int rid, int partnerId, string? email = null, SendStatus status = SendStatus.NotSent, DateTime? sentUtc = null) =>
        app.WithDbAsync(async db =>
        {
            var invitation = new Invitation { RoundId = rid, Email = email ?? $"p-{Guid.NewGuid():N}@example.org", PartnerOrganisationId = partnerId, SendStatus = status, SentUtc = sentUtc };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });

    public static async Task AddInvitationsAsync(this PoetApp app, int rid, int partnerId, int count)
    {
        for (var i = 0; i < count; i++) await app.AddInvitationAsync(rid, partnerId);
    }

    /// <summary>A response that answers the first <paramref name="answered"/> statements of the round (value 3, "Don't know", counts as an answer).</summary>
    public static Task AddResponsesAsync(this PoetApp app, int rid, int count, bool submitted = true, int? partnerId = null, int answered = 50) =>
        app.WithDbAsync(async db =>
        {
            var items = await db.RoundItems.Where(i => i.RoundId == rid).OrderBy(i => i.Order).Select(i => i.Id).Take(answered).ToListAsync();
            for (var n = 0; n < count; n++)
            {
                var response = new Response { Id = Guid.NewGuid(), RoundId = rid, IsSubmitted = submitted, PartnerOrganisationId = partnerId };
                response.Answers.AddRange(items.Select((id, i) => new Answer { RoundItemId = id, Value = i % 5 + 1 }));
                db.Responses.Add(response);
            }
            await db.SaveChangesAsync();
        });

    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] content, string fileName)
    {
        var token = await Http.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(url + "?handler=upload", form);
    }

    /// <summary>A minimal .xlsx with inline strings; each inner array is one row, starting at row 1.</summary>
    public static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Staff" }));
        }
        return stream.ToArray();
    }
}
