using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Rendering;

/// <summary>Renders the core's <see cref="ArticlePage"/> (<c>/articles</c>) and <see cref="ArticleLookup"/> (<c>/article</c>).</summary>
internal static class DiscordListingRenderer
{
    public const int ListColor = 0x27AE60;

    public static IReadOnlyList<DiscordMessage> RenderPage(ArticlePage page, string? filter)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(page.Total / (double)Math.Max(1, page.PageSize)));
        var title = string.IsNullOrWhiteSpace(filter) ? "Articles" : $"Articles matching “{SourceLinks.EscapeMarkdown(filter.Trim())}”";
        var embeds = new EmbedSequence(ListColor, title + " (continued)");
        var lines = page.Items.Select(Line).ToList();
        var body = lines.Count > 0
            ? string.Join("\n", lines)
            : page.Total == 0
                ? (string.IsNullOrWhiteSpace(filter) ? "I don't know any articles yet." : "No article matches that filter.")
                : $"Page {page.Page} is past the end; there {(pages == 1 ? "is 1 page" : $"are {pages} pages")}.";
        var pieces = TextPieces.Split(body, EmbedLimits.Description);
        for (var i = 0; i < pieces.Count; i++)
            embeds.Add(i == 0 ? title : null, pieces[i]);

        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {page.Page} of {pages} · {page.Total} article(s)");
        if (page.Page < pages)
            footer += string.Create(CultureInfo.InvariantCulture, $" · next: /articles page:{page.Page + 1}");
        embeds.Footer(footer);
        return EmbedPacker.Pack(embeds.Build());
    }

    public static IReadOnlyList<DiscordMessage> RenderLookup(string id, ArticleLookup lookup)
    {
        if (lookup.Article is not { } article)
        {
            var text = $"I don't know an article {SourceLinks.Code(id.Trim())}.";
            if (lookup.ClosestIds.Count > 0)
                text += " Closest ids: " + string.Join(", ", lookup.ClosestIds.Select(SourceLinks.Code)) + ".";
            return [DiscordMessage.Text(text + " Try `/articles` to browse.")];
        }
        // Article text is untrusted: escaped everywhere Discord renders markdown (embed titles render bold, italics,
        // spoilers and code; descriptions and field values render masked links too).
        var title = SourceLinks.EscapeMarkdown(article.Title);
        var embeds = new EmbedSequence(ListColor, title);
        embeds.Add(title, SourceLinks.EscapeMarkdown(article.OpeningPassage), SourceLinks.SafeUrl(article.Url));
        embeds.AddField("Id", SourceLinks.Code(article.Id));
        if (SourceLinks.Date(article.Published) is { } date)
            embeds.AddField("Published", date);
        if (!string.IsNullOrWhiteSpace(article.Source))
            embeds.AddField("Source", SourceLinks.EscapeMarkdown(article.Source));
        embeds.Footer(string.Create(CultureInfo.InvariantCulture, $"{article.PassageCount} passage(s) indexed"));
        return EmbedPacker.Pack(embeds.Build());
    }

    private static string Line(ArticleSummary article)
    {
        // Square brackets in a title would end the link text early (Discord's link rule does not honour escapes there).
        var title = SourceLinks.SafeUrl(article.Url) is { } url
            ? $"[{SourceLinks.EscapeMarkdown(article.Title.Replace('[', '(').Replace(']', ')'))}]({url})"
            : SourceLinks.EscapeMarkdown(article.Title);
        var source = string.IsNullOrWhiteSpace(article.Source) ? null : SourceLinks.EscapeMarkdown(article.Source);
        var alsoAs = article.AlsoAs.Count == 0 ? null : "also as " + string.Join(", ", article.AlsoAs.Select(SourceLinks.Code));
        var parts = new[] { SourceLinks.Code(article.Id), title, SourceLinks.Date(article.Published), source, alsoAs };
        return "• " + string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
