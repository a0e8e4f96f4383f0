using System.Text;
using Poet.Web.Pages.Rounds.Roster;

namespace Poet.Web.Tests.Pages.Rounds.Roster;

public class RosterFileTests
{
    private static readonly RosterContext Context = new(["Council", "Health trust"], ["Nursing", "Social work"], new HashSet<string>(["already@example.org"], StringComparer.OrdinalIgnoreCase));

    static RosterFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static RosterReport Csv(string text, string fileName = "staff.csv") => RosterFile.Read(Encoding.UTF8.GetBytes(text), fileName, Context);

    [Fact]
    public void Read_GoodCsv_ReturnsEveryPersonWithCanonicalNames()
    {
        var report = Csv("email,partner,profession,name\nAna@Example.org,council,nursing,Ana Jones\nbo@example.org,Health Trust,,\n");
        Assert.Null(report.FileError);
        Assert.Empty(report.Problems);
        Assert.Equal([new RosterRow(2, "ana@example.org", "Council", "Nursing", "Ana Jones"), new RosterRow(3, "bo@example.org", "Health trust", null, null)], report.Valid);
    }

    [Fact]
    public void Read_HeaderSynonymsInAnyCaseAndOrder_AreRecognised()
    {
        var report = Csv("Full Name;Employer;E-mail address;Staff group\nAna Jones;Council;ana@example.org;Social work\n");
        Assert.Equal("ana@example.org", report.Valid.Single().Email);
        Assert.Equal("Ana Jones", report.Valid.Single().Name);
        Assert.Equal("Social work", report.Valid.Single().Profession);
    }

    [Fact]
    public void Read_FirstAndLastNameColumns_AreJoined() =>
        Assert.Equal("Ana Jones", Csv("email,partner,first name,surname\nana@example.org,Council,Ana,Jones\n").Valid.Single().Name);

    [Fact]
    public void Read_Utf8WithBom_ReadsHeaderAndAccents()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("email,partner,name\nzoe@example.org,Council,Zoë Brontë\n")).ToArray();
        var report = RosterFile.Read(bytes, "staff.csv", Context);
        Assert.Equal("Zoë Brontë", report.Valid.Single().Name);
    }

    [Fact]
    public void Read_Windows1252_IsDetectedAndDecoded()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("email,partner,name\nzoe@example.org,Council,Zoë Brontë – O’Neill\n");
        Assert.Equal("Zoë Brontë – O’Neill", RosterFile.Read(bytes, "staff.csv", Context).Valid.Single().Name);
    }

    [Fact]
    public void Read_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("email\tpartner\nzoe@example.org\tCouncil\n")).ToArray();
        Assert.Equal("zoe@example.org", RosterFile.Read(bytes, "staff.txt", Context).Valid.Single().Email);
    }

    [Fact]
    public void Read_EmptyFile_IsRefused() => Assert.Equal(RosterFile.Empty, RosterFile.Read([], "staff.csv", Context).FileError);

    [Fact]
    public void Read_BlankLinesOnly_IsRefusedAsEmpty() => Assert.Equal(RosterFile.Empty, Csv("\n\n  \n").FileError);

    [Fact]
    public void Read_HeaderOnly_SaysThereAreNoPeople() => Assert.Equal(RosterFile.NoRows, Csv("email,partner\n").FileError);

    [Fact]
    public void Read_MissingEmailColumn_NamesTheColumnsFound()
    {
        var error = Csv("mail address,partner\nana@example.org,Council\n").FileError;
        Assert.Equal("The file has no email column. The first row must name the columns, for example: email, partner, profession, name. Found: \"mail address\", \"partner\".", error);
    }

    [Fact]
    public void Read_MissingPartnerColumn_IsRefused() =>
        Assert.StartsWith("The file has no partner column", Csv("email,name\nana@example.org,Ana\n").FileError);

    [Fact]
    public void Read_BinaryJunk_IsRefusedAsNotReadable()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        Assert.Equal(RosterFile.NotReadable, RosterFile.Read(junk, "staff.csv", Context).FileError);
    }

    [Fact]
    public void Read_OldExcelFile_SaysToSaveAsXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal(RosterFile.OldExcel, RosterFile.Read(ole, "staff.xls", Context).FileError);
    }

    [Fact]
    public void Read_PdfFile_IsTheWrongType() => Assert.Equal(RosterFile.WrongType, RosterFile.Read("%PDF-1.7"u8.ToArray(), "staff.pdf", Context).FileError);

    [Fact]
    public void Read_XlsxNameButNotAWorkbook_IsNotReadable() =>
        Assert.Equal(RosterFile.NotReadable, RosterFile.Read("email,partner\n"u8.ToArray(), "staff.xlsx", Context).FileError);

    [Fact]
    public void Read_CorruptZip_IsNotReadable()
    {
        var bytes = RoundsTestData.Xlsx(["email", "partner"], ["ana@example.org", "Council"]);
        Assert.Equal(RosterFile.NotReadable, RosterFile.Read(bytes[..(bytes.Length / 2)], "staff.xlsx", Context).FileError);
    }

    [Fact]
    public void Read_Xlsx_ReadsRowsWithSpreadsheetLineNumbers()
    {
        var bytes = RoundsTestData.Xlsx(["Email", "Partner", "Name"], ["ana@example.org", "Council", "Ana"], ["", "", ""], ["bad-email", "Council", "Bo"]);
        var report = RosterFile.Read(bytes, "staff.xlsx", Context);
        Assert.Equal("ana@example.org", report.Valid.Single().Email);
        Assert.Equal(new RosterProblem(4, "\"bad-email\" is not a valid email address"), report.Problems.Single());
    }

    [Fact]
    public void Read_TooLarge_IsRefused() => Assert.Equal(RosterFile.TooLarge, RosterFile.Read(new byte[RosterFile.MaxBytes + 1], "staff.csv", Context).FileError);

    [Fact]
    public void Read_10001People_IsRefused()
    {
        var text = new StringBuilder("email,partner\n");
        for (var i = 0; i < 10_001; i++) text.Append("p").Append(i).Append("@example.org,Council\n");
        Assert.Equal(RosterFile.TooManyRows, Csv(text.ToString()).FileError);
    }

    [Fact]
    public void Read_10000People_IsAccepted()
    {
        var text = new StringBuilder("email,partner\n");
        for (var i = 0; i < 10_000; i++) text.Append("p").Append(i).Append("@example.org,Council\n");
        Assert.Equal(10_000, Csv(text.ToString()).Valid.Count);
    }

    [Fact]
    public void Read_BadRows_AreReportedByLine()
    {
        var report = Csv("""
            email,partner,profession
            ,Council,
            not-an-email,Council,
            ana@example.org,Fire service,
            bo@example.org,,
            ana@example.org,Council,
            already@example.org,Council,
            cy@example.org,Council,Plumbing
            """);
        Assert.Equal(["cy@example.org"], report.Valid.Select(r => r.Email));
        Assert.Equal(
        [
            new(2, "Email address is missing"),
            new(3, "\"not-an-email\" is not a valid email address"),
            new(4, "\"Fire service\" is not a partner organisation of this partnership. Use one of: Council, Health trust"),
            new(5, "Employing partner is missing. Use one of: Council, Health trust"),
            new(6, "ana@example.org is also on line 4"),
            new(7, "already@example.org is already on the roster"),
        ], report.Problems);
    }

    [Fact]
    public void Read_UnknownProfession_ImportsThePersonWithNoneAndSaysSo()
    {   // issue 15 item 10: the row was dropped
        var report = Csv("email,partner,profession\ncy@example.org,Council,Plumbing\nbad,Council,Plumbing\n");

        var row = Assert.Single(report.Valid);
        Assert.Equal(("cy@example.org", (string?)null), (row.Email, row.Profession));
        Assert.Equal([new RosterProblem(2, "\"Plumbing\" is not a professional group of this partnership (Nursing, Social work), so this person is imported with no professional group")], report.Changes);
        Assert.Equal([new RosterProblem(3, "\"bad\" is not a valid email address")], report.Problems);
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_IsReadAsSuch()
    {   // issue 15 item 10: Excel in many European locales saves "CSV" with semicolons
        var report = Csv("email;partner;profession;name\nana@example.org;Council;Nursing;Ana Example\nbo@example.org;Health trust;;Bo\n");

        Assert.Empty(report.Problems);
        Assert.Equal([("ana@example.org", "Council", "Nursing", "Ana Example"), ("bo@example.org", "Health trust", null, "Bo")],
            report.Valid.Select(r => (r.Email, r.Partner, r.Profession, r.Name)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "=")]
    [InlineData("+44 7700 900000", "+")]
    [InlineData("@SUM(A1:A2)", "@")]
    [InlineData("-2+3", "-")]
    public void Read_FormulaLookingName_IsRefusedForThatRow(string name, string start)
    {
        var report = Csv($"email,partner,name\nana@example.org,Council,\"{name.Replace("\"", "\"\"")}\"\nbo@example.org,Council,Bo\n");
        Assert.Equal("bo@example.org", report.Valid.Single().Email);
        var problem = report.Problems.Single();
        Assert.Equal(2, problem.Line);
        Assert.Contains($"starts with \"{start}\", which spreadsheets treat as a formula", problem.Message);
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasAndLineBreaks_KeepTheirLineNumbers()
    {
        var report = Csv("email,partner,name\n\"ana@example.org\",\"Council\",\"Jones, Ana\"\nbad,Council,x\n");
        Assert.Equal("Jones, Ana", report.Valid.Single().Name);
        Assert.Equal(3, report.Problems.Single().Line);
    }

    [Theory]
    [InlineData("ana@example.org", true)]
    [InlineData("ana.jones+survey@nhs.net", true)]
    [InlineData("ana@localhost", false)]
    [InlineData("Ana <ana@example.org>", false)]
    [InlineData("ana@@example.org", false)]
    [InlineData("ana example@example.org", false)]
    public void IsEmail_ChecksAddressShape(string email, bool expected) => Assert.Equal(expected, RosterFile.IsEmail(email));
}
