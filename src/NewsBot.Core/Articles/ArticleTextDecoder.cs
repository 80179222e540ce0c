using System.Text;
using System.Text.Unicode;

namespace NewsBot.Core.Articles;

/// <summary>
/// Turns file or download bytes into text: UTF-8 (strict), UTF-16 when a byte-order mark says so, otherwise
/// Latin-1 with the Windows-1252 punctuation in 0x80–0x9F (what legacy news files such as BBC's really use).
/// Rejects empty and binary input. Line endings become <c>\n</c>.
/// </summary>
public static class ArticleTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 code points for bytes 0x80–0x9F; the five undefined bytes keep their Latin-1 value.
    private static readonly char[] Windows1252High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="ArticleFormatException"/> for empty or binary input.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
                throw new ArticleFormatException("binary file (contains NUL bytes)");
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
                bytes = bytes[3..];
            text = DecodeUtf8OrLatin1(bytes);
        }
        if (IsMostlyControlCharacters(text))
            throw new ArticleFormatException("binary file (mostly control characters)");
        text = NormalizeNewlines(text);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleFormatException("empty file");
        return text;
    }

    /// <summary>Replaces <c>\r\n</c> and lone <c>\r</c> with <c>\n</c> (passages and quotes are offsets into this text).</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static string DecodeUtf8OrLatin1(ReadOnlySpan<byte> bytes)
    {
        // Valid UTF-8 is the common case; validating first avoids an exception per Latin-1 file.
        if (Utf8.IsValid(bytes))
            return StrictUtf8.GetString(bytes);
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            }
        });
    }

    // Text files carry tabs and newlines, rarely anything else below 0x20; binary files are full of it.
    private static bool IsMostlyControlCharacters(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.IsEmpty)
            return false;
        var control = 0;
        foreach (var c in sample)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) || c is '\u007F' or '\uFFFD' || (c is >= '\u0080' and <= '\u009F'))
                control++;
        }
        return control * 10 > sample.Length;
    }
}
