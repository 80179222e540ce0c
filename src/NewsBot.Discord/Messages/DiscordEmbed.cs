namespace NewsBot.Discord.Messages;

/// <summary>A rich embed. Limits: title 256, description 4,096, 25 fields, field name 256, value 1,024, footer 2,048.</summary>
internal sealed record DiscordEmbed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null)
{
    /// <summary>The characters Discord counts toward the 6,000 per message.</summary>
    public int CountedLength =>
        (Title?.Trim().Length ?? 0)
        + (Description?.Trim().Length ?? 0)
        + (Footer?.Text.Trim().Length ?? 0)
        + (Fields?.Sum(f => f.Name.Trim().Length + f.Value.Trim().Length) ?? 0);
}
