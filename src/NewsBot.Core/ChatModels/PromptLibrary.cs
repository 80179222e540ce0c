using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// The chat-model prompts, loaded once from <c>prompts/*.md</c> and referenced by name. Templates use
/// <c>{{name}}</c> placeholders, filled in one pass so a value can never inject another placeholder.
/// </summary>
public sealed partial class PromptLibrary
{
    /// <summary>System prompt for answers.</summary>
    public const string AnswerSystem = "answer-system";
    /// <summary>User template for answers: <c>{{question}}</c>, <c>{{passages}}</c>.</summary>
    public const string AnswerUser = "answer-user";
    /// <summary>System prompt for follow-up rewriting.</summary>
    public const string RewriteSystem = "rewrite-system";
    /// <summary>User template for follow-up rewriting: <c>{{history}}</c>, <c>{{question}}</c>.</summary>
    public const string RewriteUser = "rewrite-user";

    /// <summary>Every prompt the chat model needs; start-up fails when one is missing.</summary>
    public static readonly IReadOnlyList<string> Required = [AnswerSystem, AnswerUser, RewriteSystem, RewriteUser];

    private readonly Dictionary<string, Prompt> _prompts = new(StringComparer.Ordinal);

    /// <summary>Loads the prompts from <see cref="ChatModelOptions.PromptsFolder"/> (or the default folder) and logs name and hash of each.</summary>
    public PromptLibrary(IOptions<ChatModelOptions> options, ILogger<PromptLibrary> logger)
    {
        var folder = ResolveFolder(options.Value.PromptsFolder);
        foreach (var name in Required)
        {
            var path = Path.Combine(folder, name + ".md");
            if (!File.Exists(path))
                throw new InvalidOperationException($"Prompt file '{path}' is missing (ChatModel:PromptsFolder is '{folder}').");
            var text = File.ReadAllText(path, Encoding.UTF8).Trim();
            var prompt = new Prompt(name, text, HashOf(text));
            _prompts[name] = prompt;
            ChatModelLog.PromptLoaded(logger, prompt.Name, prompt.Hash, path);
        }
    }

    /// <summary>A loaded prompt by name.</summary>
    public Prompt this[string name] => _prompts.TryGetValue(name, out var prompt)
        ? prompt
        : throw new KeyNotFoundException($"No prompt named '{name}'.");

    /// <summary>Fills a template's <c>{{placeholders}}</c>; unknown placeholders are left as they are.</summary>
    public string Render(string name, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(this[name].Text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    /// <summary>The folder prompts are read from: the configured one, else <c>prompts</c> next to the app, else in the current directory.</summary>
    public static string ResolveFolder(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var besideApp = Path.Combine(AppContext.BaseDirectory, "prompts");
        return Directory.Exists(besideApp) ? besideApp : Path.GetFullPath("prompts");
    }

    private static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    [GeneratedRegex(@"\{\{([a-z]+)\}\}")]
    private static partial Regex Placeholder();
}
