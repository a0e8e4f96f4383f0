using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Poet.Data.Entities;
using Poet.Web.Pages.Partnerships;
using Poet.Web.Tests.Support;

namespace Poet.Web.Tests.Pages.Partnerships;

public class DocumentsTests(PoetApp app) : IClassFixture<PoetApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int pid, string fileName, byte[] content)
    {
        var token = await Http.AntiforgeryTokenAsync(client, $"/partnerships/{pid}/documents");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync($"/partnerships/{pid}/documents", form);
    }

    private Task<int> CountAsync(int pid) => app.WithDbAsync(db => db.Documents.CountAsync(d => d.PartnershipId == pid));

    [Fact]
    public async Task Upload_ValidPdf_IsStoredAndDownloadsAsAttachment()
    {
        var (pid, client, _) = await app.MemberAsync();

        var response = await UploadAsync(client, pid, "Board minutes.pdf", Pdf);

        response.AssertRedirect($"/partnerships/{pid}/documents");
        var doc = await app.WithDbAsync(db => db.Documents.SingleAsync(d => d.PartnershipId == pid));
        Assert.Equal(("Board minutes.pdf", "application/pdf", (long)Pdf.Length), (doc.FileName, doc.ContentType, doc.Length));
        Assert.Contains("document.uploaded", await app.AuditActionsAsync(pid));

        var download = await client.GetAsync($"/partnerships/{pid}/documents/{doc.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Board minutes.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Upload_ExeRenamedPdf_IsRefused()
    {
        var (pid, client, _) = await app.MemberAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

        var response = await UploadAsync(client, pid, "minutes.pdf", exe);

        Assert.Equal(["The selected file is not a real PDF file. The selected file must be a PDF, DOCX, ODT or TXT file."], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(0, await CountAsync(pid));
    }

    [Fact]
    public async Task Upload_ExeExtension_IsRefused()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await UploadAsync(client, pid, "setup.exe", Pdf);
        Assert.Equal([DocumentsModel.WrongType], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(0, await CountAsync(pid));
    }

    [Fact]
    public async Task Upload_ElevenMegabytes_ShowsSizeMessage()
    {
        var (pid, client, _) = await app.MemberAsync();
        var big = new byte[11 * 1024 * 1024];
        Pdf.CopyTo(big, 0);

        var response = await UploadAsync(client, pid, "huge.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([DocumentsModel.TooLarge], (await response.HtmlAsync()).ErrorSummary());
        Assert.Equal(0, await CountAsync(pid));
    }

    [Fact]
    public async Task Upload_FarOverTheLimit_ExplainsTheSizeAndStoresNothing()
    {
        var (pid, client, _) = await app.MemberAsync();
        var huge = new byte[20 * 1024 * 1024];
        Pdf.CopyTo(huge, 0);

        var response = await UploadAsync(client, pid, "huge.pdf", huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("documents can be up to 10 MB", (await response.HtmlAsync()).QuerySelector("main")!.TextContent);
        Assert.Equal(0, await CountAsync(pid));
    }

    [Fact]
    public async Task Post_NoFile_ShowsError()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await client.PostFormAsync($"/partnerships/{pid}/documents", new());
        Assert.Equal([DocumentsModel.NoFile], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Upload_TextWithNulBytes_IsRefused()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await UploadAsync(client, pid, "notes.txt", [(byte)'h', 0, (byte)'i']);
        Assert.Equal(["The selected file is not a real TXT file. The selected file must be a PDF, DOCX, ODT or TXT file."], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Upload_DocxAndOdtAndText_AreAccepted()
    {
        var (pid, client, _) = await app.MemberAsync();

        (await UploadAsync(client, pid, "paper.docx", Zip(("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")))).AssertRedirect($"/partnerships/{pid}/documents");
        (await UploadAsync(client, pid, "paper.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.text")))).AssertRedirect($"/partnerships/{pid}/documents");
        (await UploadAsync(client, pid, "notes.txt", Encoding.UTF8.GetBytes("Café notes, £5"))).AssertRedirect($"/partnerships/{pid}/documents");

        Assert.Equal(3, await CountAsync(pid));
    }

    [Fact]
    public async Task Upload_ZipRenamedDocx_IsRefused()
    {
        var (pid, client, _) = await app.MemberAsync();
        var response = await UploadAsync(client, pid, "paper.docx", Zip(("readme.txt", "not a document")));
        Assert.Equal(["The selected file is not a real DOCX file. The selected file must be a PDF, DOCX, ODT or TXT file."], (await response.HtmlAsync()).ErrorSummary());
    }

    [Fact]
    public async Task Upload_PathInFileName_IsSanitised()
    {
        var (pid, client, _) = await app.MemberAsync();

        await UploadAsync(client, pid, "..\\..\\evil<script>.pdf", Pdf);

        Assert.Equal("evil_script_.pdf", await app.WithDbAsync(db => db.Documents.Where(d => d.PartnershipId == pid).Select(d => d.FileName).SingleAsync()));
    }

    [Fact]
    public async Task Facilitator_CanListAndDownloadButNotUpload()
    {
        var (pid, coordinator, _) = await app.MemberAsync();
        await UploadAsync(coordinator, pid, "minutes.pdf", Pdf);
        var facilitator = await app.SignedInClientAsync((await app.CreateUserAsync(Scenario.NewEmail("fac"), partnershipId: pid, role: PartnershipRole.Facilitator)).Email!);

        var page = await (await facilitator.GetAsync($"/partnerships/{pid}/documents")).HtmlAsync();
        var link = page.QuerySelector("tbody a")!.GetAttribute("href")!;
        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Equal(Pdf, await (await facilitator.GetAsync(link)).Content.ReadAsByteArrayAsync());

        var token = await Http.AntiforgeryTokenAsync(facilitator, "/account/sign-out");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf), "Upload", "more.pdf" } };
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.PostAsync($"/partnerships/{pid}/documents", form)).StatusCode);
        Assert.Equal(1, await CountAsync(pid));
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }
}
