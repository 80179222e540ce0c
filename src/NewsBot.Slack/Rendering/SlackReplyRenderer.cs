using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Core.Answering;
using NewsBot.Core.Text;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Rendering;

/// <summary>
/// Renders the core's <see cref="Reply"/> as Block Kit: the answer in sections (with <c>[n]</c> linked to the source and
/// the asked-for fact in bold),
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
        foreach (var section in AnswerSections(reply).Take(MaxAnswerSections))
            blocks.Add(SlackBlocks.Section(section));
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

    /// <summary>The answer in sections, each with its <c>[n]</c> linked to the source and the asked-for fact in bold.</summary>
    private static IEnumerable<string> AnswerSections(Reply reply)
    {
        var chunks = TextPieces.SplitRanges(reply.Answer, AnswerChunkChars);
        if (chunks.Count == 0)
            yield return "(no answer)";
        foreach (var chunk in chunks)
        {
            // Spans are offsets into the raw answer, so the pieces are cut before anything is escaped.
            var pieces = SpanPieces.Split(reply.Answer, reply.Spans, chunk);
            var linked = Mrkdwn(pieces, n => SlackText.SafeUrl(reply.Citations.FirstOrDefault(c => c.N == n)?.Url) is { } url ? $"<{url}|[{n}]>" : null);
            // Links that push a section over the limit are dropped rather than cut in half.
            yield return linked.Length <= SlackBlocks.MaxSectionChars ? linked : Mrkdwn(pieces, _ => null);
        }
    }

    private static string Mrkdwn(IReadOnlyList<SpanPiece> pieces, Func<int, string?> link)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (!piece.Marked)
            {
                text.Append(CitationMarkers.Rewrite(piece.Text, SlackText.Escape, link));
                continue;
            }
            var before = i > 0 ? pieces[i - 1].Text[^1] : ' ';
            var after = i + 1 < pieces.Count ? pieces[i + 1].Text[0] : ' ';
            text.Append(SlackText.Bold(piece.Text, before, after));
        }
        return text.ToString();
    }

    private static string Fallback(Reply reply)
    {
        var sources = string.Join(" ", reply.Citations.Take(10).Select(c => $"[{c.N}] {SlackText.OneLine(c.Title)}"));
        var text = SlackText.OneLine(reply.Answer) + (sources.Length > 0 ? " Sources: " + sources : "");
        return SlackText.Escape(TextPieces.Truncate(text, SlackBlocks.MaxFallbackChars - 500));
    }
}
