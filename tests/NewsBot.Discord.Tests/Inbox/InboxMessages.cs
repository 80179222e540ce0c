using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// Delivers gateway events straight to a host's handlers, as its gateway connection would: a MESSAGE_CREATE replayed to
/// a second host (a new gateway owner after a RESUME) is then one call on each host.
/// </summary>
internal static class InboxMessages
{
    public static void Deliver(BotHost host, object messageCreate) =>
        host.Services.GetRequiredService<MessageCreateHandler>().Handle(Parse<GatewayMessage>(messageCreate), FakeGateway.BotUserId);

    public static void DeliverInteraction(BotHost host, string interactionBody) =>
        host.Services.GetRequiredService<GatewayInteractionHandler>().Handle(
            JsonSerializer.Deserialize<Interaction>(interactionBody, DiscordJson.Options)!);

    /// <summary>The replies the fake created for a message (by <c>message_reference</c>), nonce repeats excluded.</summary>
    public static IReadOnlyList<RecordedRequest> RepliesTo(FakeDiscord discord, string messageId) =>
        discord.CreatedMessages.Where(m => IsReplyTo(m, messageId));

    public static bool IsReplyTo(RecordedRequest request, string messageId) =>
        request.Json.TryGetProperty("message_reference", out var reference) && reference.GetProperty("message_id").GetString() == messageId;

    private static T Parse<T>(object payload) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(payload), DiscordJson.Options)!;
}
