namespace Poet.Web.Infrastructure;

/// <summary>
/// ASP.NET Core refuses a whole url-encoded form that holds a NUL ("%00"): the antiforgery check cannot read the
/// token and the request ends as a 400, losing everything else on the page. NUL is never wanted text
/// (<see cref="Poet.Analysis.Text.PlainText"/> drops it anyway), so it is dropped from the body here, before
/// anything reads the form; the rest of the field is kept and saved.
/// </summary>
public sealed class FormNulFilter(RequestDelegate next)
{
    /// <summary>Forms larger than this are left alone (and refused by the framework if they hold a NUL).</summary>
    private const int MaxBuffered = 8 * 1024 * 1024;

    public async Task Invoke(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.ContentLength is > 0 and <= MaxBuffered &&
            request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var buffer = new MemoryStream((int)request.ContentLength.Value);
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            var cleaned = WithoutNul(body);
            request.Body = new MemoryStream(cleaned, writable: false);
            request.ContentLength = cleaned.Length;
        }
        await next(context);
    }

    /// <summary>Drops "%00" escapes and raw zero bytes; other escapes, including "%2500" (a literal "%00"), are kept.</summary>
    public static byte[] WithoutNul(byte[] body)
    {
        if (!HasNul(body)) return body;
        var output = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0) continue;
            if (body[i] == '%' && i + 2 < body.Length && body[i + 1] == '0' && body[i + 2] == '0')
            {
                i += 2;
                continue;
            }
            output.Add(body[i]);
            if (body[i] == '%' && i + 2 < body.Length) { output.Add(body[++i]); output.Add(body[++i]); }
        }
        return output.ToArray();
    }

    // Searched in the bytes: every POST passes here, and a string copy of each form showed in the survey's profile.
    private static bool HasNul(byte[] body) => body.AsSpan().IndexOf((byte)0) >= 0 || body.AsSpan().IndexOf("%00"u8) >= 0;
}
