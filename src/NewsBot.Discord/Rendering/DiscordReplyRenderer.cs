using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Rendering;

/// <summary>
/// Renders a core <see cref="Reply"/> as embeds: the answer (with <c>[n]</c> linked to its source and the asked-for
/// fact in bold) in the description, one field per source (title · date · quote), or the closest articles when nothing
/// was found.
/// </summary>
internal static class DiscordReplyRenderer
{
    public const int AnswerColor = 0x2F80ED;
    public const int NotFoundColor = 0xF2994A;

    public static IReadOnlyList<DiscordMessage> Render(Reply reply)
    {
        var embeds = new EmbedSequence(reply.Abstained ? NotFoundColor : AnswerColor, "Sources (continued)");
        var title = string.IsNullOrWhiteSpace(reply.Question) ? "Answer" : reply.Question;
        var text = SourceLinks.AnswerMarkdown(reply);
        if (reply.SourcesDiffer)
            text += "\n\n*The sources differ; each side is shown with its source.*";

        // [1] The answer, split over several embeds only when it passes 4,096 characters.
        var pieces = TextPieces.Split(text, EmbedLimits.Description);
        for (var i = 0; i < Math.Max(1, pieces.Count); i++)
            embeds.Add(i == 0 ? title : null, pieces.Count == 0 ? "(empty answer)" : pieces[i]);

        // [2] Sources, or the closest articles for a not-found answer.
        if (reply.Abstained)
        {
            foreach (var article in reply.Closest)
                embeds.AddField(SourceLinks.EscapeMarkdown(article.Title), Describe(article));
        }
        else
        {
            foreach (var citation in reply.Citations)
                embeds.AddField($"[{citation.N}] {SourceLinks.EscapeMarkdown(citation.Title)}", Describe(citation));
        }

        // [3] Footer: the reader's note, else what the fields are.
        var footer = reply.Note
            ?? (reply.Abstained ? (reply.Closest.Count > 0 ? "Closest articles I know" : null) : $"{reply.Citations.Count} source(s)");
        if (footer is not null)
            embeds.Footer(footer);
        return EmbedPacker.Pack(embeds.Build());
    }

    private static string Describe(Citation citation)
    {
        var meta = Join(SourceLinks.Date(citation.Published), Link(citation.Url, "source"));
        var quote = SourceLinks.EscapeMarkdown(citation.Quote.ReplaceLineEndings(" ").Trim());
        var room = EmbedLimits.FieldValue - meta.Length - 4;
        return (meta.Length > 0 ? meta + "\n" : "") + "> " + TextPieces.Truncate(quote, Math.Max(40, room));
    }

    private static string Describe(ArticleSummary article) =>
        Join(SourceLinks.Code(article.Id), SourceLinks.Date(article.Published),
            article.Source is null ? null : SourceLinks.EscapeMarkdown(article.Source), Link(article.Url, "link"));

    private static string? Link(string? url, string label) =>
        SourceLinks.SafeUrl(url) is { } safe ? $"[{label}]({safe})" : null;

    private static string Join(params string?[] parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
