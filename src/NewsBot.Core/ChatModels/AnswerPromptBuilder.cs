using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Builds the answer prompt: the system prompt, then the user template with the passages numbered <c>[n]</c> with title
/// and date, added best-first until <see cref="ChatModelOptions.MaxPromptTokens"/>. Passage text is untrusted data: each
/// sits in a <c>&lt;passage&gt;</c> element whose markup characters are escaped, so no article can close the block early.
/// </summary>
public sealed class AnswerPromptBuilder(PromptLibrary prompts, IOptions<ChatModelOptions> options)
{
    // A rough, provider-neutral estimate; the budget only needs to be safe, not exact.
    private const int CharsPerToken = 4;

    /// <summary>The prompt for a request; at least one passage is always included.</summary>
    public AnswerPrompt Build(AnswerRequest request)
    {
        var system = prompts[PromptLibrary.AnswerSystem].Text;
        var template = prompts[PromptLibrary.AnswerUser].Text;
        var budget = options.Value.MaxPromptTokens * CharsPerToken - system.Length - template.Length - request.Question.Length;

        // [1] Passages best-first until the budget is spent.
        var given = new List<SearchHit>();
        var blocks = new StringBuilder();
        foreach (var hit in request.Hits)
        {
            var block = Block(given.Count + 1, hit);
            if (given.Count > 0 && blocks.Length + block.Length > budget)
                break;
            given.Add(hit);
            blocks.Append(block);
        }

        // [2] Fill the template in one pass; the question is data too.
        var user = prompts.Render(PromptLibrary.AnswerUser, new Dictionary<string, string>
        {
            ["question"] = QuotedText.Escape(request.Question),
            ["passages"] = blocks.ToString().TrimEnd(),
        });
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(system + "\n" + user)))[..12];
        return new AnswerPrompt([new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)], given, hash);
    }

    private static string Block(int n, SearchHit hit)
    {
        var passage = hit.Passage;
        var date = passage.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
        return $"""
            <passage n="{n}" title="{QuotedText.Escape(passage.Title)}" date="{date}">
            [{n}] {QuotedText.Escape(passage.Text)}
            </passage>

            """;
    }
}
