using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Poet.Web.Tests.Documents;

/// <summary>Reads a PDF back with PDFsharp, so page counts and type sizes are checked on the file itself, not on the layout's word.</summary>
public static class Pdf
{
    public static int PageCount(byte[] bytes)
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>
    /// Every type size set on every page, in points: each Tf operator's size, scaled by the text matrix (Tm) in force,
    /// as a reader would see it printed at 100%. Assumes no scaling by the graphics matrix (PDFsharp's pages use none for text).
    /// </summary>
    public static IReadOnlyList<double> FontSizes(byte[] bytes)
    {
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var sizes = new List<double>();
        foreach (var page in document.Pages)
        {
            var (size, scale) = (0.0, 1.0);
            void Walk(CSequence sequence)
            {
                foreach (var item in sequence)
                {
                    if (item is COperator { OpCode.Name: "Tf" } tf && tf.Operands.Count == 2) size = Math.Abs(Value(tf.Operands[1]));
                    else if (item is COperator { OpCode.Name: "Tm" } tm && tm.Operands.Count == 6) scale = Math.Sqrt(Math.Abs(Value(tm.Operands[0]) * Value(tm.Operands[3]) - Value(tm.Operands[1]) * Value(tm.Operands[2])));
                    else if (item is COperator { OpCode.Name: "BT" }) scale = 1;
                    else if (item is COperator { OpCode.Name: "Tj" or "TJ" }) sizes.Add(Math.Round(size * scale, 2));
                    else if (item is CSequence inner) Walk(inner);
                }
            }
            Walk(ContentReader.ReadContent(page));
        }
        return sizes;
    }

    /// <summary>
    /// The words of the file as pdftotext (poppler-utils, installed by test.sh) reads them, whitespace collapsed to single
    /// spaces, so a check sees what a reader copying out of the downloaded file would, not the layout's own record.
    /// </summary>
    public static string Text(byte[] bytes)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext", "-enc UTF-8 - -")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils)");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(bytes);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return System.Text.RegularExpressions.Regex.Replace(output.Result, @"\s+", " ").Trim();
    }

    /// <summary>Each page's text as <c>pdftotext -layout</c> reads it (poppler-utils), as a person reading the print would.</summary>
    public static IReadOnlyList<string> TextByPage(byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"poet-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, bytes);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", file, "-"])
            { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text.Split('\f').SkipLast(1).ToList(); // pdftotext ends every page with a form feed
        }
        finally { File.Delete(file); }
    }

    /// <summary>The image XObjects each page draws, as object numbers (so the same image on two pages is the same number).</summary>
    public static IReadOnlyList<IReadOnlyList<int>> ImagesByPage(byte[] bytes)
    {
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return document.Pages.Cast<PdfSharp.Pdf.PdfPage>().Select(IReadOnlyList<int> (page) =>
        {
            var xobjects = page.Resources.Elements.GetDictionary("/XObject");
            if (xobjects is null) return [];
            return xobjects.Elements.Values.OfType<PdfSharp.Pdf.Advanced.PdfReference>()
                .Where(r => r.Value is PdfSharp.Pdf.PdfDictionary d && d.Elements.GetName("/Subtype") == "/Image")
                .Select(r => r.ObjectNumber).ToList();
        }).ToList();
    }

    private static double Value(CObject o) => o switch
    {
        CInteger i => i.Value,
        CReal r => r.Value,
        _ => double.NaN,
    };
}
