using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Commands;

/// <summary>
/// The application commands <c>newsbot discord register</c> sends with a bulk overwrite: /ask, /articles,
/// /article (with autocomplete), /help and the message command "Ask NewsBot about this message".
/// </summary>
internal static class DiscordCommandSet
{
    private const int ChatInput = 1;
    private const int MessageCommand = 3;
    private const int StringOption = 3;
    private const int IntegerOption = 4;

    public static IReadOnlyList<object> Build(bool global, int maxQuestionChars)
    {
        // BOT_DM (1) is valid only for global commands; guild commands stay in their guild (0).
        int[] contexts = global ? [0, 1] : [0];
        return
        [
            new
            {
                name = "ask", type = ChatInput, contexts,
                description = "Ask a question about the news articles; the answer cites its sources",
                options = new object[]
                {
                    new { type = StringOption, name = "question", description = "Your question", required = true, max_length = Math.Min(6000, maxQuestionChars) },
                },
            },
            new
            {
                name = "articles", type = ChatInput, contexts,
                description = "List the articles I know, newest first",
                options = new object[]
                {
                    new { type = IntegerOption, name = "page", description = "Page number", required = false, min_value = 1 },
                    new { type = StringOption, name = "filter", description = "Only articles whose title or source matches", required = false, max_length = 100 },
                },
            },
            new
            {
                name = "article", type = ChatInput, contexts,
                description = "Show one article: title, date, link and opening",
                options = new object[]
                {
                    new { type = StringOption, name = "id", description = "Article id (start typing a title)", required = true, autocomplete = true },
                },
            },
            new { name = "help", type = ChatInput, contexts, description = "What I can do" },
            new { name = InteractionRouter.MessageCommandName, type = MessageCommand, contexts },
        ];
    }
}
