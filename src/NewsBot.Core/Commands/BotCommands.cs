using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;

namespace NewsBot.Core.Commands;

/// <summary>
/// The commands every front end offers (ask, articles, article, help), owned here so Slack, Discord,
/// the web chat and the CLI answer alike.
/// </summary>
public sealed class BotCommands(AnswerService answers, PassageIndex index, IOptions<CommandOptions> options)
{
    private readonly CommandOptions _options = options.Value;

    /// <summary>Most autocomplete choices a platform accepts (Discord allows 25).</summary>
    public const int MaxSuggestions = 25;

    /// <summary>Answers a question (see <see cref="AnswerService.AskAsync"/>).</summary>
    public Task<Reply> AskAsync(string question, string? conversationId, CancellationToken cancellationToken) =>
        answers.AskAsync(question, conversationId, cancellationToken);

    /// <summary>Streams an answer (see <see cref="AnswerService.AskStreamingAsync"/>).</summary>
    public IAsyncEnumerable<AnswerUpdate> AskStreamingAsync(string question, string? conversationId, CancellationToken cancellationToken) =>
        answers.AskStreamingAsync(question, conversationId, cancellationToken);

    /// <summary>One page of the article listing (page numbers start at 1; out-of-range pages come back empty).</summary>
    public ArticlePage Articles(int page, string? filter, int? pageSize = null)
    {
        var size = Math.Clamp(pageSize ?? _options.PageSize, 1, 1000);
        return index.ListArticles(Math.Max(1, page), size, string.IsNullOrWhiteSpace(filter) ? null : filter.Trim());
    }

    /// <summary>Every article, for <c>articles --all</c>.</summary>
    public ArticlePage AllArticles() => index.ListArticles(1, int.MaxValue, null);

    /// <summary>The article with this id, or the closest known ids.</summary>
    public ArticleLookup Article(string id)
    {
        var trimmed = id.Trim();
        var detail = trimmed.Length == 0 ? null : index.FindArticle(trimmed);
        if (detail is not null)
            return new ArticleLookup(detail, []);
        var closest = index.ClosestArticles(trimmed, 5).Select(a => a.Id).ToList();
        return new ArticleLookup(null, closest);
    }

    /// <summary>Autocomplete: up to <paramref name="max"/> articles whose id or title match what was typed.</summary>
    public IReadOnlyList<ArticleSummary> Suggest(string typed, int max = MaxSuggestions) =>
        index.ClosestArticles(typed.Trim(), Math.Clamp(max, 1, MaxSuggestions));

    /// <summary>Platform-neutral help (plain text with <c>`code`</c> spans, which every front end renders).</summary>
    public string Help() =>
        """
        I answer questions about the news articles I know, and show where each answer comes from.
        • `ask <question>` (or just type the question): a cited answer; follow-ups in the same conversation work.
        • `articles [page] [filter]`: the articles I know, newest first.
        • `article <id>`: one article's title, date, link and opening.
        • `help`: this text.
        """;
}
