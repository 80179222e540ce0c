using System.Globalization;

namespace NewsBot.Core.Commands;

/// <summary>
/// A parsed command. <see cref="Argument"/> is the question, the filter or the id; <see cref="Page"/> is set for listings.
/// </summary>
public sealed record BotCommand(CommandKind Kind, string Argument, int Page = 1)
{
    /// <summary>
    /// Parses what a person typed into a chat box: <c>/articles 2 ukraine</c>, <c>article 004_…</c>,
    /// <c>help</c>; anything else is a question. A leading <c>/</c> is optional.
    /// </summary>
    public static BotCommand Parse(string text)
    {
        var trimmed = text.Trim();
        var body = trimmed.StartsWith('/') ? trimmed[1..] : trimmed;
        var space = body.IndexOfAny([' ', '\t', '\n']);
        var verb = (space < 0 ? body : body[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : body[(space + 1)..].Trim();
        return verb switch
        {
            "ask" when rest.Length > 0 => new BotCommand(CommandKind.Ask, rest),
            "articles" => ParseListing(rest),
            "article" when rest.Length > 0 => new BotCommand(CommandKind.Article, rest),
            "help" when rest.Length == 0 => new BotCommand(CommandKind.Help, ""),
            _ when trimmed.StartsWith('/') && verb is "ask" or "article" or "help" => new BotCommand(CommandKind.Help, ""),
            _ => new BotCommand(CommandKind.Ask, trimmed),
        };
    }

    /// <summary>Parses the arguments of <c>articles</c>: an optional page number and an optional filter, in either order.</summary>
    public static BotCommand ParseListing(string arguments)
    {
        int? page = null;
        var filter = new List<string>();
        foreach (var part in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (page is null && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                page = number;
            else
                filter.Add(part);
        }
        return new BotCommand(CommandKind.Articles, string.Join(' ', filter), page ?? 1);
    }
}
