using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Rendering;

/// <summary>Renders <c>/articles</c>, <c>/article</c> and help from the core's records.</summary>
internal static class SlackListingRenderer
{
    private const int MaxListed = 40;
    private const int OpeningChars = 1500;

    public static SlackMessage Articles(ArticlePage page, string? filter, string command)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(page.Total / (double)Math.Max(1, page.PageSize)));
        var matching = string.IsNullOrWhiteSpace(filter) ? "" : $" matching “{SlackText.EscapeLabel(filter)}”";
        if (page.Items.Count == 0)
        {
            var none = page.Total == 0
                ? $"I know no articles{matching}."
                : $"There is no page {page.Page}; the list{matching} has {pages} page(s).";
            return SlackMessage.Plain(none);
        }

        var header = $"*Articles{matching}* (page {page.Page} of {pages}, {page.Total} in all)";
        var blocks = new JsonArray { SlackBlocks.Section(header) };
        var lines = new StringBuilder();
        foreach (var item in page.Items.Take(MaxListed))
        {
            var line = "• " + SlackText.Join(
                $"`{SlackText.EscapeLabel(item.Id)}`",
                SlackText.Link(item.Url, item.Title),
                SlackText.Date(item.Published),
                item.Source is null ? null : SlackText.EscapeLabel(item.Source),
                item.AlsoAs.Count == 0 ? null : "also as " + string.Join(", ", item.AlsoAs.Select(id => $"`{SlackText.EscapeLabel(id)}`")));
            if (lines.Length + line.Length + 1 > SlackBlocks.MaxSectionChars)
            {
                blocks.Add(SlackBlocks.Section(lines.ToString()));
                lines.Clear();
            }
            lines.AppendLine(line);
        }
        if (lines.Length > 0)
            blocks.Add(SlackBlocks.Section(lines.ToString().TrimEnd()));
        if (page.Page < pages)
        {
            var next = string.IsNullOrWhiteSpace(filter) ? $"{page.Page + 1}" : $"{page.Page + 1} {SlackText.EscapeLabel(filter)}";
            blocks.Add(SlackBlocks.Context($"More: `{command} {next}`"));
        }
        var fallback = $"{page.Total} articles{matching}: " +
            string.Join("; ", page.Items.Take(MaxListed).Select(i => SlackText.EscapeLabel(i.Title)));
        return new SlackMessage(SlackText.TruncateEscaped(fallback, SlackBlocks.MaxFallbackChars), blocks);
    }

    public static SlackMessage Article(ArticleLookup lookup, string id, string command)
    {
        if (lookup.Article is not { } article)
        {
            var text = $"I don't know an article `{SlackText.EscapeLabel(id)}`.";
            if (lookup.ClosestIds.Count > 0)
                text += " Closest: " + string.Join(", ", lookup.ClosestIds.Select(c => $"`{SlackText.EscapeLabel(c)}`"));
            return SlackMessage.Plain(text + $" Try `{command} <id>` with an id from the article list.".Replace("<id>", "&lt;id&gt;"));
        }

        var title = $"*{SlackText.Link(article.Url, article.Title)}*";
        var facts = SlackText.Join(
            SlackText.Date(article.Published),
            article.Source is null ? null : SlackText.EscapeLabel(article.Source),
            $"`{SlackText.EscapeLabel(article.Id)}`",
            $"{article.PassageCount} passages");
        var opening = SlackText.Escape(TextPieces.Truncate(article.OpeningPassage.Trim(), OpeningChars));
        var blocks = new JsonArray
        {
            SlackBlocks.Section(title),
            SlackBlocks.Context(facts),
            SlackBlocks.Section(opening),
        };
        return new SlackMessage(SlackText.EscapeLabel(article.Title), blocks);
    }

    public static SlackMessage Help(string coreHelp, SlackOptions options)
    {
        var slack = $"In Slack: mention me with a question, send me a direct message, or reply in a thread I answered. " +
            $"Commands: `{options.AskCommand}`, `{options.ArticlesCommand}`, `{options.ArticleCommand}`, `{options.HelpCommand}`.";
        var blocks = new JsonArray { SlackBlocks.Section(SlackText.Escape(coreHelp.Trim())), SlackBlocks.Context(slack) };
        return new SlackMessage(SlackText.Escape(SlackText.OneLine(coreHelp)), blocks);
    }
}
