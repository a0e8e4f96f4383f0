using System.Text;
using PdfSharp.Pdf.IO;

namespace Poet.Web.Tests.Documents;

/// <summary>Reads a PDF back with PDFsharp, so page counts are checked on the file itself, not on the layout's word.</summary>
public static class Pdf
{
    public static int PageCount(byte[] bytes)
    {
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
