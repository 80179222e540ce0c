using System.Globalization;

namespace NewsBot.Core.Articles;

/// <summary>Parses the publication dates found in front matter, JSON records and feeds (ISO 8601, RFC 822, <c>yyyy/MM/dd</c>, Unix time).</summary>
public static class ArticleDates
{
    // RFC 822 zone names still common in RSS pubDate; .NET parses only numeric offsets and GMT/UTC/Z.
    private static readonly (string Name, string Offset)[] ZoneNames =
    [
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("UT", "+00:00"),
    ];

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yy HH:mm:ss zzz",
    ];

    /// <summary>The date in <paramref name="value"/>, or null when it is absent or not a date (a bad date never loses the article).</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return FromDigits(text, number);
        const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var parsed))
            return parsed;
        var rfc = ReplaceZoneName(text.Replace(" GMT", " +00:00", StringComparison.Ordinal));
        rfc = NumericOffsetWithColon(rfc);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, Styles, out parsed))
            return parsed;
        return null;
    }

    /// <summary>Unix seconds, or milliseconds when the number is too large to be seconds.</summary>
    public static DateTimeOffset? FromUnix(long number)
    {
        if (number <= 0)
            return null;
        try
        {
            return number > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // "2022" is a year and "20220613" a date, not seconds after 1970.
    private static DateTimeOffset? FromDigits(string text, long number)
    {
        if (text.Length == 4 && number is >= 1000 and <= 9999)
            return new DateTimeOffset((int)number, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (text.Length == 8 && DateTimeOffset.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date;
        return FromUnix(number);
    }

    private static string ReplaceZoneName(string text)
    {
        foreach (var (name, offset) in ZoneNames)
        {
            if (text.EndsWith(" " + name, StringComparison.Ordinal))
                return text[..^name.Length] + offset;
        }
        return text;
    }

    // "+0000" → "+00:00" so the zzz specifier accepts it.
    private static string NumericOffsetWithColon(string text)
    {
        if (text.Length > 5 && text[^5] is '+' or '-' && text[^6] == ' ' && int.TryParse(text.AsSpan(text.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        return text;
    }
}
