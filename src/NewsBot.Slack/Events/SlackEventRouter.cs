using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Startup;

namespace NewsBot.Slack.Events;

/// <summary>
/// Turns an <c>event_callback</c> (from HTTP or Socket Mode) into queued work: mentions, DMs, and replies in threads
/// the bot answered. Drops the bot's own and other bots' messages, edits and subtypes (protocols.md B1, C3), and
/// repeats: every request is recorded in the inbox under <see cref="InboxKey"/>, so a retry, a copy sent to another
/// host, and an <c>app_mention</c>'s <c>message</c> twin (another <c>event_id</c>) are answered once.
/// Returns once the work is recorded and queued, so the caller may acknowledge.
/// </summary>
internal sealed partial class SlackEventRouter(
    SlackBotIdentity identity,
    SlackThreadRegistry threads,
    SlackAdmission admission,
    ILogger<SlackEventRouter> logger)
{
    private Regex? _botMention;

    /// <summary>The user's message, not the event: both events of one mention, and every retry, share it.</summary>
    public static string InboxKey(string? team, string channel, string ts) => $"slack:{team ?? "-"}:{channel}:{ts}";

    /// <summary>Throws <see cref="NewsBot.Core.Index.CatalogUnavailableException"/> when the inbox cannot be reached: do not acknowledge.</summary>
    public async Task<SlackEventOutcome> HandleAsync(JsonElement callback, CancellationToken cancellationToken)
    {
        if (SlackMessageEvent.Str(callback, "type") != "event_callback" || !callback.TryGetProperty("event", out var inner))
            return SlackEventOutcome.Ignored;
        // The bot's identity first: a request recorded and then dropped because the wait failed would make Slack's
        // retry of it look like a duplicate, and the question would never be answered.
        var bot = await identity.WaitAsync(cancellationToken);
        var eventId = SlackMessageEvent.Str(callback, "event_id");

        var message = SlackMessageEvent.From(inner);
        if (message.Subtype is not null || message.Edited || message.BotId is not null
            || message.User is null || message.User == bot.UserId || message.Channel is null || message.Ts is null)
            return SlackEventOutcome.Ignored;

        var mentionsBot = message.Text.Contains($"<@{bot.UserId}", StringComparison.Ordinal);
        // A mention in a thread arrives as app_mention too; answering only that one avoids a double answer.
        var followsAnsweredThread = message is { Type: "message", ThreadTs: not null } && message.ChannelType != "im" && !mentionsBot
            && await threads.ContainsAsync(message.Channel, message.ThreadTs, cancellationToken);
        string? replyThread;
        string conversation;
        switch (message.Type)
        {
            case "app_mention":
                replyThread = message.ThreadTs ?? message.Ts;
                conversation = SlackThreadRegistry.ConversationId(message.Channel, replyThread);
                break;
            case "message" when message.ChannelType == "im":
                // A DM is one conversation; a thread inside a DM is its own.
                replyThread = message.ThreadTs;
                conversation = message.ThreadTs is null ? $"slack:{message.Channel}" : SlackThreadRegistry.ConversationId(message.Channel, message.ThreadTs);
                break;
            case "message" when followsAnsweredThread:
                replyThread = message.ThreadTs;
                conversation = SlackThreadRegistry.ConversationId(message.Channel, message.ThreadTs!);
                break;
            default:
                return SlackEventOutcome.Ignored;
        }

        if (!admission.ChannelAllowed(message.Channel))
        {
            SlackLog.ChannelNotAllowed(logger, message.Channel);
            return SlackEventOutcome.NotAllowed;
        }

        _botMention ??= BotMention(bot.UserId);
        var text = Unescape(_botMention.Replace(message.Text, " ")).Trim();
        var command = text.Length == 0 ? new BotCommand(CommandKind.Help, "") : BotCommand.Parse(text);
        var key = InboxKey(SlackMessageEvent.Str(callback, "team_id"), message.Channel, message.Ts);
        var job = new SlackThreadJob(message.User, key, message.Channel, replyThread, message.Ts, command, conversation);
        var outcome = await admission.AdmitAsync(job, cancellationToken);
        if (outcome == SlackEventOutcome.Duplicate)
            SlackLog.DuplicateRequest(logger, key, eventId ?? "?");
        else if (outcome == SlackEventOutcome.RateLimited)
            admission.NotifyRateLimited(new SlackNotice(message.User, message.Channel, replyThread, SlackAdmission.RateLimitedText));
        else if (outcome == SlackEventOutcome.Busy)
            admission.Notify(new SlackNotice(message.User, message.Channel, replyThread, SlackAdmission.BusyText));
        SlackLog.EventRouted(logger, eventId ?? "?", message.Type, outcome);
        return outcome;
    }

    private static Regex BotMention(string userId) => new($"<@{Regex.Escape(userId)}(\\|[^>]*)?>", RegexOptions.CultureInvariant);

    /// <summary>Slack escapes &amp;, &lt; and &gt; in message text; the question is plain text.</summary>
    private static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
}
