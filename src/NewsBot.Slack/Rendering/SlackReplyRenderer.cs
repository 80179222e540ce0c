using System.Text.Json.Nodes;
using NewsBot.Core.Answering;
using NewsBot.Core.Text;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Rendering;

/// <summary>
/// Renders the core's <see cref="Reply"/> as Block Kit: the answer in sections (with <c>[n]</c> linked to the source),
/// then one context block per source (title · date · quote), within Slack's limits.
/// </summary>
internal static class SlackReplyRenderer
{
    private const int AnswerChunkChars = 2400;
    private const int MaxAnswerSections = 8;
    private const int QuoteChars = 280;
    private const int MaxClosest = 5;

    public static SlackMessage Render(Reply reply)
    {
        var blocks = new JsonArray();
        foreach (var chunk in AnswerChunks(reply.Answer).Take(MaxAnswerSections))
            blocks.Add(SlackBlocks.Section(LinkMarkers(chunk, reply.Citations)));
        if (reply.SourcesDiffer)
            blocks.Add(SlackBlocks.Context("⚖️ *Sources differ:* each account is shown with its source."));
        if (!string.IsNullOrWhiteSpace(reply.Note))
            blocks.Add(SlackBlocks.Context("ℹ️ " + SlackText.Escape(SlackText.OneLine(reply.Note))));
        if (reply.Abstained && reply.Closest.Count > 0)
        {
            blocks.Add(SlackBlocks.Section("*Closest articles I know:*"));
            foreach (var article in reply.Closest.Take(MaxClosest))
                blocks.Add(SlackBlocks.Context(SlackText.Join(
                    SlackText.Link(article.Url, article.Title), SlackText.Date(article.Published), $"`{SlackText.EscapeLabel(article.Id)}`")));
        }

        // Sources fill what is left of the 50 blocks, keeping one for "and N more".
        var room = SlackBlocks.MaxBlocks - blocks.Count - 1;
        var shown = reply.Citations.Count <= room + 1 ? reply.Citations.Count : room;
        foreach (var citation in reply.Citations.Take(shown))
            blocks.Add(Source(citation));
        if (shown < reply.Citations.Count)
            blocks.Add(SlackBlocks.Context($"…and {reply.Citations.Count - shown} more sources."));

        return new SlackMessage(Fallback(reply), blocks);
    }

    /// <summary>A streamed answer so far: plain escaped text, no links yet (citations are checked only at the end).</summary>
    public static SlackMessage RenderPartial(string textSoFar)
    {
        var text = SlackText.Escape(TextPieces.Truncate(textSoFar.Trim(), AnswerChunkChars)) + " …";
        return SlackMessage.Plain(text);
    }

    private static JsonObject Source(Citation citation)
    {
        var title = SlackText.Link(citation.Url, citation.Title);
        var line = SlackText.Join($"*[{citation.N}]* {title}", SlackText.Date(citation.Published));
        var quote = SlackText.Escape(TextPieces.Truncate(SlackText.OneLine(citation.Quote), QuoteChars));
        return SlackBlocks.Context(line, quote.Length == 0 ? "" : $"“{quote}”");
    }

    private static string LinkMarkers(string chunk, IReadOnlyList<Citation> citations)
    {
        var linked = CitationMarkers.Rewrite(chunk, SlackText.Escape,
            n => SlackText.SafeUrl(citations.FirstOrDefault(c => c.N == n)?.Url) is { } url ? $"<{url}|[{n}]>" : null);
        // Links that push a section over the limit are dropped rather than cut in half.
        return linked.Length <= SlackBlocks.MaxSectionChars ? linked : SlackText.Escape(chunk);
    }

    private static IReadOnlyList<string> AnswerChunks(string answer) =>
        TextPieces.Split(answer, AnswerChunkChars) is { Count: > 0 } pieces ? pieces : ["(no answer)"];

    private static string Fallback(Reply reply)
    {
        var sources = string.Join(" ", reply.Citations.Take(10).Select(c => $"[{c.N}] {SlackText.OneLine(c.Title)}"));
        var text = SlackText.OneLine(reply.Answer) + (sources.Length > 0 ? " Sources: " + sources : "");
        return SlackText.Escape(TextPieces.Truncate(text, SlackBlocks.MaxFallbackChars - 500));
    }
}
