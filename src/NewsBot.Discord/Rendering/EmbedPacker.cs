using NewsBot.Discord.Messages;

namespace NewsBot.Discord.Rendering;

/// <summary>Packs embeds into as few messages as Discord allows: at most 10 embeds and 6,000 counted characters each.</summary>
internal static class EmbedPacker
{
    public const int MaxEmbedsPerMessage = 10;
    public const int MaxCharsPerMessage = 6000;

    public static IReadOnlyList<DiscordMessage> Pack(IReadOnlyList<DiscordEmbed> embeds)
    {
        var messages = new List<DiscordMessage>();
        var current = new List<DiscordEmbed>();
        var chars = 0;
        foreach (var embed in embeds)
        {
            var length = embed.CountedLength;
            if (current.Count > 0 && (current.Count == MaxEmbedsPerMessage || chars + length > MaxCharsPerMessage))
            {
                messages.Add(DiscordMessage.WithEmbeds(current));
                current = [];
                chars = 0;
            }
            current.Add(embed);
            chars += length;
        }
        if (current.Count > 0)
            messages.Add(DiscordMessage.WithEmbeds(current));
        return messages;
    }
}
