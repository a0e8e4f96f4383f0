using QRCoder;

namespace Poet.Web.Pages.Workshop;

/// <summary>The join address as a QR code, for the control page and the projector.</summary>
public static class JoinQr
{
    /// <summary>An SVG data URI: an &lt;img&gt; with it keeps the SVG's own attributes out of the page's CSP.</summary>
    public static string DataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
