using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Commands;

/// <summary>
/// Registers the bot's commands with one bulk overwrite (<c>PUT /applications/{id}/commands</c>, or the guild
/// variant), so running it twice leaves the same set. Needs <c>Discord__BotToken</c> and <c>Discord:ApplicationId</c>.
/// </summary>
public sealed class DiscordCommandRegistrar
{
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly int _maxQuestionChars;

    internal DiscordCommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, IOptions<AnsweringOptions> answering)
    {
        _rest = rest;
        _options = options.Value;
        _maxQuestionChars = answering.Value.MaxQuestionChars;
    }

    /// <summary>Overwrites the commands of <paramref name="guildId"/> (else <c>Discord:GuildId</c>, else global); returns the names Discord now holds.</summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        if (!_options.GatewayEnabled)
            throw new InvalidOperationException("Registering commands needs the bot token: set the environment variable Discord__BotToken.");
        var guild = string.IsNullOrWhiteSpace(guildId) ? _options.GuildId : guildId.Trim();
        var commands = DiscordCommandSet.Build(global: string.IsNullOrWhiteSpace(guild), _maxQuestionChars);
        var stored = await _rest.OverwriteCommandsAsync(string.IsNullOrWhiteSpace(guild) ? null : guild, commands, cancellationToken);
        return stored.ValueKind == JsonValueKind.Array
            ? stored.EnumerateArray().Select(c => c.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "").ToList()
            : [];
    }
}
