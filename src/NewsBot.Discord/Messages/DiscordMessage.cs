using NewsBot.Core.Text;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Messages;

/// <summary>
/// A message body for channel messages, interaction responses and webhook edits. <see cref="AllowedMentions"/>
/// is required so no code path can forget it.
/// </summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<DiscordEmbed>? Embeds,
    AllowedMentions AllowedMentions,
    int? Flags = null,
    MessageReference? MessageReference = null,
    string? Nonce = null,
    bool? EnforceNonce = null)
{
    /// <summary>Only the person who used the command sees the message.</summary>
    public const int EphemeralFlag = 1 << 6;

    public const int MaxContent = 2000;

    public static DiscordMessage Text(string content) =>
        new(TextPieces.Truncate(content, MaxContent), null, AllowedMentions.None);

    public static DiscordMessage Ephemeral(string content) => Text(content) with { Flags = EphemeralFlag };

    public static DiscordMessage WithEmbeds(IReadOnlyList<DiscordEmbed> embeds) => new(null, embeds, AllowedMentions.None);

    /// <summary>For channel messages only: posted at most once per nonce within Discord's window (<see cref="DiscordNonce"/>).</summary>
    public DiscordMessage WithNonce(string nonce) => this with { Nonce = nonce, EnforceNonce = true };
}
