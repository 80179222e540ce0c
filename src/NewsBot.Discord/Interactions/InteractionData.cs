using System.Text.Json;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// <c>data</c> of a command interaction. <see cref="Type"/> 1 is a slash command, 3 a message context-menu
/// command whose target message is in <c>resolved.messages[target_id]</c>.
/// </summary>
internal sealed record InteractionData(
    string Name,
    int Type = 1,
    IReadOnlyList<InteractionOption>? Options = null,
    string? TargetId = null,
    JsonElement? Resolved = null)
{
    public const int ChatInput = 1;
    public const int MessageCommand = 3;

    public InteractionOption? Option(string name) => Options?.FirstOrDefault(o => o.Name == name);

    /// <summary>The text of the message a message command was used on, or null.</summary>
    public string? TargetMessageContent() =>
        TargetId is not null
        && Resolved is { ValueKind: JsonValueKind.Object } resolved
        && resolved.TryGetProperty("messages", out var messages)
        && messages.ValueKind == JsonValueKind.Object
        && messages.TryGetProperty(TargetId, out var message)
        && message.ValueKind == JsonValueKind.Object
        && message.TryGetProperty("content", out var content)
        && content.ValueKind == JsonValueKind.String
            ? content.GetString()
            : null;
}
