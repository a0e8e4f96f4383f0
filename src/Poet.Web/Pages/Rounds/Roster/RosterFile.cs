using Poet.Analysis.Text;
using System.Globalization;
using System.Net.Mail;
using Poet.Web.Infrastructure;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Poet.Web.Pages.Rounds.Roster;

/// <summary>A person the file would add. Partner and profession are the partnership's own spelling of the name.</summary>
public sealed record RosterRow(int Line, string Email, string Partner, string? Profession, string? Name);

public sealed record RosterProblem(int Line, string Message);

/// <summary>
/// What a file would import. <see cref="FileError"/> is set when the file as a whole cannot be used. <see cref="Notes"/>
/// are rows imported with a change the coordinator should know about (an unknown profession left blank).
/// </summary>
public sealed record RosterReport(IReadOnlyList<RosterRow> Valid, IReadOnlyList<RosterProblem> Problems, string? FileError, IReadOnlyList<RosterProblem>? Notes = null)
{
    public static RosterReport Refused(string message) => new([], [], message);

    public IReadOnlyList<RosterProblem> Changes => Notes ?? [];
}

/// <summary>The partnership's names and the roster as it stands, which every row is checked against.</summary>
public sealed record RosterContext(IReadOnlyCollection<string> Partners, IReadOnlyCollection<string> Professions, IReadOnlySet<string> EmailsOnRoster);

/// <summary>
/// Reads a staff list from CSV (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252) or XLSX, and checks
/// every row. It never throws on bad input: whatever is wrong comes back as a message naming the line.
/// </summary>
public static class RosterFile
{
    public const int MaxRows = 10_000;
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 200;

    public const string TooLarge = "The file is larger than 5 MB. Remove columns POET does not need, or split the list into smaller files.";
    public const string Empty = "The file is empty. Choose a CSV or Excel file with a header row and one row per person.";
    public const string NotReadable = "The file is not a readable CSV or Excel file. Save it from your spreadsheet as \"CSV UTF-8\" or \"Excel Workbook (.xlsx)\" and try again.";
    public const string OldExcel = "POET cannot read Excel 97-2003 (.xls) files. In Excel, choose Save As, pick \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\", and upload that file.";
    public const string WrongType = "The file must be a CSV file (.csv) or an Excel workbook (.xlsx).";
    public const string NoRows = "The file has a header row but no people. Add one row per person under the header.";
    public static readonly string TooManyRows = $"The file has more than {MaxRows:N0} people. Split it into files of up to {MaxRows:N0} rows and import them one at a time.";

    private const string Columns = "The first row must name the columns, for example: email, partner, profession, name.";
    private static readonly string[] FormulaStarts = ["=", "+", "-", "@"];

    private static readonly Dictionary<string, string> HeaderSynonyms = new()
    {
        ["email"] = "email", ["emailaddress"] = "email", ["mail"] = "email", ["workemail"] = "email",
        ["partner"] = "partner", ["employer"] = "partner", ["employingpartner"] = "partner", ["partnerorganisation"] = "partner",
        ["partnerorganization"] = "partner", ["organisation"] = "partner", ["organization"] = "partner",
        ["employingorganisation"] = "partner", ["employingorganization"] = "partner",
        ["profession"] = "profession", ["professionalgroup"] = "profession", ["staffgroup"] = "profession", ["discipline"] = "profession",
        ["name"] = "name", ["fullname"] = "name", ["staffname"] = "name",
        ["firstname"] = "first", ["forename"] = "first", ["givenname"] = "first",
        ["lastname"] = "last", ["surname"] = "last", ["familyname"] = "last",
    };

    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RosterReport Read(byte[] content, string fileName, RosterContext context)
    {
        if (content.LongLength > MaxBytes) return RosterReport.Refused(TooLarge);
        if (content.Length == 0) return RosterReport.Refused(Empty);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (content.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) || extension == ".xls") return RosterReport.Refused(OldExcel);
        var isZip = content.AsSpan().StartsWith("PK\u0003\u0004"u8);
        if (extension is not (".csv" or ".txt" or ".tsv" or ".xlsx" or "")) return RosterReport.Refused(WrongType);
        if (extension == ".xlsx" && !isZip) return RosterReport.Refused(NotReadable);

        var (rows, error) = isZip ? ReadXlsx(content) : ReadCsv(content);
        return error is not null ? RosterReport.Refused(error) : Check(rows!, context);
    }

    private static RosterReport Check(IEnumerable<(int Line, string[] Cells)> rows, RosterContext context)
    {
        using var enumerator = rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).GetEnumerator();
        if (!enumerator.MoveNext()) return RosterReport.Refused(Empty);
        var columns = MapHeader(enumerator.Current.Cells);
        if (!columns.ContainsKey("email")) return RosterReport.Refused($"The file has no email column. {Columns} Found: {Describe(enumerator.Current.Cells)}.");
        if (!columns.ContainsKey("partner")) return RosterReport.Refused($"The file has no partner column for each person's employing partner organisation. {Columns} Found: {Describe(enumerator.Current.Cells)}.");

        var partners = context.Partners.GroupBy(p => p.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var professions = context.Professions.GroupBy(p => p.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var partnerList = string.Join(", ", context.Partners.Order());
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<RosterRow>();
        var problems = new List<RosterProblem>();
        var notes = new List<RosterProblem>();
        var count = 0;

        while (enumerator.MoveNext())
        {
            if (++count > MaxRows) return RosterReport.Refused(TooManyRows);
            var (line, cells) = enumerator.Current;
            string Cell(string column) => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";
            var rowProblems = new List<string>();

            var email = Cell("email").ToLowerInvariant();
            var partner = Cell("partner");
            var profession = Cell("profession");
            var name = columns.ContainsKey("name") ? Cell("name") : string.Join(" ", new[] { Cell("first"), Cell("last") }.Where(s => s.Length > 0));
            foreach (var (label, value) in new[] { ("Email address", email), ("Partner", partner), ("Profession", profession), ("Name", name) })
            {
                if (FormulaStarts.Any(value.StartsWith)) rowProblems.Add($"{label} \"{Shorten(value)}\" starts with \"{value[0]}\", which spreadsheets treat as a formula. Remove it and import again");
                else if (value.Any(char.IsControl)) rowProblems.Add($"{label} contains hidden control characters. Retype it and import again");
            }
            if (rowProblems.Count == 0)
            {
                if (email.Length == 0) rowProblems.Add("Email address is missing");
                else if (!IsEmail(email)) rowProblems.Add($"\"{Shorten(email)}\" is not a valid email address");
                else if (seen.TryGetValue(email, out var first)) rowProblems.Add($"{email} is also on line {first}");
                else if (context.EmailsOnRoster.Contains(email)) rowProblems.Add($"{email} is already on the roster");

                if (partner.Length == 0) rowProblems.Add($"Employing partner is missing. Use one of: {partnerList}");
                else if (!partners.ContainsKey(partner)) rowProblems.Add($"\"{Shorten(partner)}\" is not a partner organisation of this partnership. Use one of: {partnerList}");

                // An unknown profession does not cost the person their invitation: they are imported with it blank (issue 15, item 10).
                if (profession.Length > 0 && !professions.ContainsKey(profession))
                {
                    notes.Add(new RosterProblem(line, context.Professions.Count == 0
                        ? $"\"{Shorten(profession)}\" is not a professional group of this partnership, which has none yet, so this person is imported with no professional group"
                        : $"\"{Shorten(profession)}\" is not a professional group of this partnership ({string.Join(", ", context.Professions.Order())}), so this person is imported with no professional group"));
                    profession = "";
                }
                if (name.Length > MaxNameLength) rowProblems.Add($"Name must be {MaxNameLength} characters or fewer");
            }

            if (email.Length > 0 && !seen.ContainsKey(email)) seen[email] = line;
            if (rowProblems.Count == 0) valid.Add(new RosterRow(line, email, partners[partner], profession.Length == 0 ? null : professions[profession], name.Length == 0 ? null : name));
            else problems.AddRange(rowProblems.Select(p => new RosterProblem(line, p)));
        }
        // A note for a row skipped for another reason would only confuse.
        var skipped = problems.Select(p => p.Line).ToHashSet();
        return count == 0 ? RosterReport.Refused(NoRows) : new RosterReport(valid, problems, null, notes.Where(n => !skipped.Contains(n.Line)).ToList());
    }

    public static bool IsEmail(string value) => EmailAddresses.IsValid(value);

    private static Dictionary<string, int> MapHeader(string[] header)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
            if (HeaderSynonyms.TryGetValue(key, out var column)) map.TryAdd(column, i);
        }
        return map;
    }

    private static string Describe(string[] header) =>
        header.Any(h => h.Trim().Length > 0) ? string.Join(", ", header.Where(h => h.Trim().Length > 0).Take(10).Select(h => $"\"{Shorten(h.Trim())}\"")) : "no column names";

    private static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;

    private static (IEnumerable<(int, string[])>? Rows, string? Error) ReadCsv(byte[] content)
    {
        var text = Decode(content);
        var controls = text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
        if (text.Contains('\0') || controls > text.Length / 100) return (null, NotReadable);
        // Separator detected from the text (comma, semicolon or tab); header handled here so synonyms can be matched.
        var options = new CsvReaderOptions { HasHeader = false, SkipEmptyLines = true, TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Recover };
        var rows = new List<(int, string[])>();
        try
        {
            using var reader = CsvReader.FromText(text, options);
            // Stop reading just past the limit: the check that follows reports the file as too long.
            while (rows.Count <= MaxRows + 1 && reader.Read()) rows.Add(((int)reader.LineNumber, Array.ConvertAll(reader.Current.ToArray(), PlainText.Clean)));
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException or FormatException or InvalidDataException)
        {
            return (null, NotReadable);
        }
        return (rows, null);
    }

    /// <summary>A BOM decides; otherwise valid UTF-8 is UTF-8, and anything else is taken as Windows-1252 (Excel's "CSV" on Windows).</summary>
    public static string Decode(byte[] content)
    {
        if (content.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        if (content.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        var start = content.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(content, start, content.Length - start);
        }
    }

    private static (IEnumerable<(int, string[])>? Rows, string? Error) ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            // A 5 MB zip can unpack to far more; cap each part so a crafted workbook cannot exhaust memory.
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 100_000_000 });
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not string sheetId || workbook.GetPartById(sheetId) is not WorksheetPart worksheet)
                return (null, NotReadable);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

            var rows = new List<(int, string[])>();
            using var reader = OpenXmlReader.Create(worksheet);
            var sequence = 0;
            while (reader.Read() && rows.Count <= MaxRows + 1)
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                var line = row.RowIndex?.Value is uint index ? (int)index : sequence + 1;
                sequence = line;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : cells.Count;
                    if (column > 200) continue;
                    while (cells.Count < column) cells.Add("");
                    cells.Insert(column, PlainText.Clean(CellText(cell, shared)));
                    if (cells.Count > column + 1) cells.RemoveAt(column + 1);
                }
                rows.Add((line, cells.ToArray()));
            }
            return (rows, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Corrupt zips, missing parts and malformed XML all mean the same thing to the coordinator.
            return (null, NotReadable);
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        // Numbers, dates and formula results: the value Excel cached. POET never evaluates formulas.
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(0, index - 1);
    }
}
