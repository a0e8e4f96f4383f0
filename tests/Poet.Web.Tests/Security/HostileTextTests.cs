using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Poet.Data.Documents;
using Poet.Data.Entities;
using Poet.Data.Outbox;
using Poet.Web.Pages.Reports;
using Poet.Web.Tests.Pages.Partnerships;
using Poet.Web.Tests.Pages.Reports;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Security;

/// <summary>
/// Issue 14, point 1: any text POET holds can be written everywhere. The hostile strings go through every writer
/// (HTML, PDF, Word, CSV, XLSX, email) directly, and through the real download pages from rows written straight to
/// the database (data from before the boundary rule, or from an import that missed it).
/// </summary>
public class HostileTextTests(PoetApp app) : IClassFixture<PoetApp>
{
    public static readonly string[] Hostile =
    [
        "ESC \u001B[31m red", "SOH partner\u0001name", "NUL \0 inside", "non-character \uFFFE here", "lone \uD800 surrogate",
        "RTL \u202Eoverride\u202C end", "=cmd|' /C calc'!A0", "\u001B=1+1",
    ];

    private static readonly string[] Cleaned =
    [
        "ESC [31m red", "SOH partnername", "NUL  inside", "non-character  here", "lone  surrogate", "RTL override end", "=cmd|' /C calc'!A0", "=1+1",
    ];

    [Fact]
    public void Word_HostileStrings_GiveAValidDocumentWithTheCleanText()
    {
        var bytes = WordLayout.Write(body =>
        {
            foreach (var s in Hostile) body.Append(WordLayout.Para(s));
            body.Append(WordLayout.Table(Hostile[..2], [Hostile[2..4], Hostile[4..6]]));
        });

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => e.Description));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToArray();
        Assert.Equal(Cleaned, paragraphs);
    }

    [Fact]
    public void Xlsx_HostileStrings_GiveAValidWorkbook_FormulasAsText()
    {
        var bytes = XlsxFile.Write(("Data", new DataTable(["text"], Hostile.Select(s => new object?[] { s }).ToArray())));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => e.Description));
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Skip(1).Select(c => c.InnerText).ToArray();
        Assert.Equal(Cleaned.Select(c => c.StartsWith('=') ? "'" + c : c), cells);
        Assert.Equal("'=cmd|' /C calc'!A0", cells[6]);
        Assert.Equal("'=1+1", cells[7]);
    }

    [Fact]
    public void Csv_HostileStrings_AreCleanedAndFormulasEscaped()
    {
        var csv = Encoding.UTF8.GetString(CsvFile.Write(new DataTable(["text"], Hostile.Select(s => new object?[] { s }).ToArray())));

        Assert.Equal("\uFEFFtext\r\nESC [31m red\r\nSOH partnername\r\nNUL  inside\r\nnon-character  here\r\nlone  surrogate\r\nRTL override end\r\n'=cmd|' /C calc'!A0\r\n'=1+1\r\n", csv);
    }

    [Fact]
    public void Pdf_HostileStrings_AreDrawnClean()
    {
        var pdf = new PdfLayout("Hostile");
        foreach (var s in Hostile) pdf.Paragraph(s);
        pdf.Table(["a", "b"], [1, 1], [Hostile[..2], Hostile[2..4]]);
        var file = pdf.Finish();

        Assert.True(file.Bytes.Length > 1000);
        foreach (var c in Cleaned) Assert.True(file.Mentions(c), c);
        Assert.DoesNotContain(file.Text, t => t.Text.Any(ch => ch is '\u001B' or '\u0001' or '\0' or '\uFFFE' or '\u202E' || char.IsSurrogate(ch)));
    }

    [Fact]
    public async Task Email_HostileSubjectAndBody_AreWrittenClean()
    {
        var folder = Directory.CreateTempSubdirectory("poet-mail-").FullName;
        var transport = new MailTransport(Options.Create(new MailOptions { Mode = MailMode.FileDrop, PickupFolder = folder }));

        await transport.SendAsync("someone@example.org", "Survey \u001B for\r\nBcc: x@evil.example " + Hostile[4], string.Join("\n", Hostile), CancellationToken.None);

        var message = await MimeMessage.LoadAsync(Directory.GetFiles(folder).Single());
        Assert.Equal("Survey  for Bcc: x@evil.example lone  surrogate", message.Subject);
        Assert.Empty(message.Bcc);
        Assert.Equal(string.Join("\n", Cleaned), message.TextBody!.TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Downloads_HostileTextInTheDatabase_AllAnswer200()
    {
        // PostgreSQL cannot hold NUL (error 22021) and Npgsql will not encode a lone surrogate, so on PostgreSQL the rows
        // carry every hostile character but those two.
        static string Storable(string text) => PoetApp.IsPostgres ? new string(text.Where(c => c != '\0' && !char.IsSurrogate(c)).ToArray()) : text;
        var s = await ReportSetup.CreateAsync(app, "Council \u0001 east", "Health \u001B trust", Storable("Charity\0 =cmd|' /C calc'!A0"));
        var (rid, items) = await s.RoundAsync(RoundStatus.Closed, texts: new[] { "We share \u001B a purpose", "Partners \uFFFE trust", "Decisions \uD800 jointly", "Open \u202E talk" }.Select(Storable).ToArray());
        await s.AddResponsesAsync(rid, items, 6, ReportSetup.All(4), partner: s.Partners[0], comment: (n, i) => Storable(Hostile[(n + i) % Hostile.Length]),
            outcomes: n => [(Storable(Hostile[n % Hostile.Length]), Storable(Hostile[(n + 3) % Hostile.Length]))]);

        foreach (var path in new[] { "report", "report.docx", "report.pdf", "export.csv", "export.xlsx", "export-codebook.csv" })
        {
            var response = await s.Coordinator.GetAsync(s.Url(rid, path));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (path == "report.docx")
            {
                using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
                Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => e.Description));
                Assert.Contains("ESC [31m red", doc.MainDocumentPart!.Document!.Body!.InnerText);
            }
            if (path == "export.xlsx")
            {
                using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
                Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => e.Description));
            }
            if (path.EndsWith(".csv")) Assert.DoesNotContain(Encoding.UTF8.GetString(bytes), ch => ch is '\u001B' or '\u0001' or '\0' or '\uFFFE');
        }
    }

    [Theory]
    [InlineData("a=b%00c&d=%2500", "a=bc&d=%2500")]
    [InlineData("a=%00%00&b=%41", "a=&b=%41")]
    [InlineData("plain=text", "plain=text")]
    public void FormNulFilter_DropsOnlyNul(string body, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(Poet.Web.Infrastructure.FormNulFilter.WithoutNul(Encoding.ASCII.GetBytes(body))));

    [Fact]
    public async Task FormField_WithNulAndControls_IsSavedClean()
    {
        var (pid, client, _) = await app.MemberAsync();

        var response = await client.PostFormAsync($"/partnerships/{pid}/partners?handler=add",
            new() { ["NewName"] = "Voluntary\0 sector\u001B \u202Eforum\u202C" }, $"/partnerships/{pid}/partners");

        response.AssertRedirect($"/partnerships/{pid}/partners");
        Assert.Contains("Voluntary sector forum", await app.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnershipId == pid).Select(o => o.Name).ToListAsync()));
    }
}
