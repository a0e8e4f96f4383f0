namespace Poet.Analysis.QMethod;

/// <summary>
/// A Q-sort's study code, such as "Q-7KM3": "Q-" and 4 characters drawn at random from 30 that cannot be misread
/// (no 0, O, 1, I, L or U), so 810,000 codes. It is drawn when the sort is submitted, from nothing about the
/// participant, their link or their printed code, so it cannot be worked out from an invitation or a roster; it only
/// ties a sort to a person when the participant chooses to tell the researcher (a post-sort interview).
/// </summary>
public static class SortCodes
{
    public const string Prefix = "Q-";
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 4;

    /// <summary>How many different codes there are: 30⁴.</summary>
    public static int Possible => (int)Math.Pow(Alphabet.Length, Length);

    /// <summary>
    /// A code not in <paramref name="taken"/> (the study's codes and imported names). <paramref name="random"/>(n) returns
    /// a uniformly random whole number from 0 to n − 1, such as RandomNumberGenerator.GetInt32.
    /// </summary>
    public static string New(IReadOnlySet<string> taken, Func<int, int> random)
    {
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentNullException.ThrowIfNull(random);
        // A study of 10,000 sorts fills 1.2% of the codes, so 100 draws all taken has a probability below 10^-190.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var code = Prefix + new string(Enumerable.Range(0, Length).Select(_ => Alphabet[random(Alphabet.Length)]).ToArray());
            if (!taken.Contains(code)) return code;
        }
        throw new InvalidOperationException("No free study code was found in 100 draws.");
    }

    /// <summary>
    /// A code as typed ("q 7km3", "7KM3", "Q–7KM3") in its one form "Q-7KM3"; null when it cannot be a study code.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (text is null) return null;
        static bool Separator(char c) => char.IsWhiteSpace(c) || c is '-' or '\u2013' or '\u2212';
        var t = text.Trim().ToUpperInvariant();
        // "Q-" or "Q " before the code is its prefix; otherwise a fifth character Q in front is.
        var prefixed = t.Length > 1 && t[0] == 'Q' && Separator(t[1]);
        var body = new string((prefixed ? t[1..] : t).Where(c => !Separator(c)).ToArray());
        if (!prefixed && body.Length == Length + 1 && body[0] == 'Q') body = body[1..];
        return body.Length == Length && body.All(c => Alphabet.Contains(c)) ? Prefix + body : null;
    }
}
