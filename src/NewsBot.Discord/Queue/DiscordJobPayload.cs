using System.Text.Json;
using NewsBot.Core.Commands;

namespace NewsBot.Discord.Queue;

/// <summary>
/// A job as its inbox record keeps it (<see cref="NewsBot.Core.Inbox.InboxItem.Payload"/>): enough for any host to
/// answer it. The interaction token goes with it (another host edits the response with it); the acknowledgement does
/// not, since a recorded job was acknowledged by the host that recorded it.
/// </summary>
internal sealed record DiscordJobPayload(
    string Key,
    BotCommand Command,
    string ConversationId,
    string? InteractionToken = null,
    DateTimeOffset? ReceivedAt = null,
    string? ChannelId = null,
    string? MessageId = null)
{
    public static string Serialize(DiscordJob job)
    {
        var payload = job switch
        {
            DiscordInteractionJob i => new DiscordJobPayload(i.Key, i.Command, i.ConversationId, InteractionToken: i.InteractionToken, ReceivedAt: i.ReceivedAt),
            DiscordMessageJob m => new DiscordJobPayload(m.Key, m.Command, m.ConversationId, ChannelId: m.ChannelId, MessageId: m.MessageId),
            _ => throw new InvalidOperationException("Unknown work " + job.GetType().Name),
        };
        return JsonSerializer.Serialize(payload, DiscordJson.Options);
    }

    /// <summary>The job again, for a host taking it over; throws <see cref="JsonException"/> when the payload is not one.</summary>
    public static DiscordJob Deserialize(string json)
    {
        var p = JsonSerializer.Deserialize<DiscordJobPayload>(json, DiscordJson.Options) ?? throw new JsonException("empty payload");
        return p switch
        {
            { InteractionToken: { } token, ReceivedAt: { } at } => new DiscordInteractionJob(p.Key, token, p.Command, p.ConversationId, Task.CompletedTask, at),
            { ChannelId: { } channel, MessageId: { } message } => new DiscordMessageJob(p.Key, channel, message, p.Command, p.ConversationId),
            _ => throw new JsonException("neither an interaction nor a message"),
        };
    }
}
