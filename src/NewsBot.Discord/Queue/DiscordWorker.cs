using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Inbox;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Replies;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Queue;

/// <summary>
/// Drains the work queue with <see cref="DiscordOptions.Workers"/> consumers: runs the command on the
/// core, then edits the deferred interaction response, or replies to the gateway message (typing while it works). Each
/// job's lease is kept while it waits (<see cref="QueuedLeases"/>) and while it runs (<see cref="InboxWork"/>); beside the drain, <see cref="InboxPoller"/> queues the jobs
/// of hosts that died mid-answer. Whatever a re-run posts again is posted once: the original response is edited, a
/// channel message carries a nonce from the job's key, and interaction follow-ups already sent are skipped.
/// </summary>
internal sealed class DiscordWorker(
    WorkQueue<DiscordJob, DiscordNotice> queue,
    DiscordCommandRunner runner,
    DiscordRestClient rest,
    IInbox inbox,
    InboxReplies replies,
    InboxWork inboxWork,
    InboxPoller poller,
    [FromKeyedServices(DiscordAdmission.Platform)] QueuedLeases leases,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordWorker> logger) : BackgroundService
{
    private static readonly TimeSpan TypingRefresh = TimeSpan.FromSeconds(8);

    // Discord's own deadline for the initial response is 3 s; past that the interaction token is dead anyway.
    private static readonly TimeSpan AcknowledgeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Interaction work older than this when a worker takes it is dropped: the token lives 15 minutes from receipt
    /// (protocols A2), and an answer started later would spend retrieval and a model call on an edit that fails.
    /// </summary>
    internal static readonly TimeSpan MaxInteractionAge = TimeSpan.FromMinutes(14);

    // How long Discord accepts edits and follow-ups with an interaction token (protocols A2).
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    private const string TooLateText = "Sorry, I was too busy to get to that in time. Please ask again.";

    private readonly FollowupProgress _progress = new(inbox, replies, logger);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        queue.DrainAsync(options.Value.Workers, RunAsync, SendNoticeAsync, stoppingToken),
        poller.RunAsync(DiscordAdmission.Platform, TakeOver, stoppingToken),
        leases.RunAsync(stoppingToken));

    /// <summary>A job another host recorded and stopped answering: queued here (false when the queue is full).</summary>
    private bool TakeOver(InboxItem item)
    {
        DiscordJob work;
        try
        {
            work = DiscordJobPayload.Deserialize(item.Payload);
        }
        catch (JsonException e)
        {
            // Left to lapse: after Inbox:MaxAttempts claims no host takes it again.
            DiscordLog.PayloadUnreadable(logger, item.Key, e.Message);
            return false;
        }
        return leases.TryQueue(work.Key, () => queue.TryEnqueue(work));
    }

    /// <summary>Runs the job under its lease, unless another host took it over while it waited here (then that host answers).</summary>
    private async Task RunAsync(DiscordJob work, CancellationToken stoppingToken)
    {
        if (await leases.StillOursAsync(work.Key, stoppingToken))
            await inboxWork.RunAsync(work.Key, cancellationToken => AnswerOrApologiseAsync(work, cancellationToken), stoppingToken);
    }

    private async Task AnswerOrApologiseAsync(DiscordJob work, CancellationToken stoppingToken)
    {
        try
        {
            await HandleAsync(work, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The edge for one piece of work: log, tell the person briefly, keep draining.
            DiscordLog.JobFailed(logger, e, work.Command.Kind.ToString());
            await TellFailureAsync(work, stoppingToken);
        }
    }

    /// <summary>Replies to the message with the notice instead of an answer.</summary>
    private async Task SendNoticeAsync(DiscordNotice notice, CancellationToken stoppingToken)
    {
        try
        {
            await ReplyAsync(notice.ChannelId, notice.MessageId, DiscordMessage.Text(notice.Text), notice.Nonce, stoppingToken);
        }
        catch (Exception e) when (e is HttpRequestException or DiscordApiException or TaskCanceledException)
        {
            DiscordLog.NoticeNotDelivered(logger, e.Message);
        }
    }

    private Task HandleAsync(DiscordJob work, CancellationToken cancellationToken) => work switch
    {
        DiscordInteractionJob interaction => AnswerInteractionAsync(interaction, cancellationToken),
        DiscordMessageJob message => AnswerMessageAsync(message, cancellationToken),
        _ => throw new InvalidOperationException("Unknown work " + work.GetType().Name),
    };

    private async Task AnswerInteractionAsync(DiscordInteractionJob work, CancellationToken cancellationToken)
    {
        var waited = time.GetUtcNow() - work.ReceivedAt;
        if (waited > MaxInteractionAge)
        {
            DiscordLog.InteractionExpired(logger, work.Command.Kind.ToString(), (long)waited.TotalSeconds);
            // While the token still works, the "thinking…" message makes way for a private note instead of hanging.
            if (waited < TokenLifetime)
                await TellFailureAsync(work, cancellationToken, TooLateText);
            return;
        }
        var messages = await runner.RunAsync(work.Command, work.ConversationId, cancellationToken);
        await work.Acknowledged.WaitAsync(AcknowledgeTimeout, time, cancellationToken);
        await rest.EditOriginalAsync(work.InteractionToken, messages[0], cancellationToken);
        var sent = messages.Count > 1 ? await _progress.SentAsync(work.Key, cancellationToken) : 1;
        for (var part = sent; part < messages.Count; part++)
        {
            await rest.CreateFollowupAsync(work.InteractionToken, messages[part], cancellationToken);
            await _progress.RecordAsync(work.Key, part + 1, cancellationToken);
        }
    }

    private async Task AnswerMessageAsync(DiscordMessageJob work, CancellationToken cancellationToken)
    {
        IReadOnlyList<DiscordMessage> messages;
        using (var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // The first typing call is awaited so the indicator is up before the (possibly slow) answer starts.
            await TypeAsync(work.ChannelId, cancellationToken);
            var refresh = KeepTypingAsync(work.ChannelId, typing.Token);
            try
            {
                messages = await runner.RunAsync(work.Command, work.ConversationId, cancellationToken);
            }
            finally
            {
                await typing.CancelAsync();
                await refresh;
            }
        }
        // Each part's nonce comes from the job's key: a re-run on another host posts none of them twice.
        await ReplyAsync(work.ChannelId, work.MessageId, messages[0], DiscordNonce.For(work.Key, "0"), cancellationToken);
        for (var part = 1; part < messages.Count; part++)
        {
            var nonce = DiscordNonce.For(work.Key, part.ToString(CultureInfo.InvariantCulture));
            await rest.CreateMessageAsync(work.ChannelId, messages[part].WithNonce(nonce), cancellationToken);
        }
    }

    /// <summary>Posts <paramref name="message"/> as a reply to a gateway message (Discord shows what it answers).</summary>
    private Task ReplyAsync(string channelId, string messageId, DiscordMessage message, string? nonce, CancellationToken cancellationToken)
    {
        var reply = message with { MessageReference = new MessageReference(messageId, channelId) };
        return rest.CreateMessageAsync(channelId, nonce is null ? reply : reply.WithNonce(nonce), cancellationToken);
    }

    private async Task KeepTypingAsync(string channelId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TypingRefresh, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                await TypeAsync(channelId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The answer is ready; typing stops when the reply is posted.
        }
    }

    private async Task TypeAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or DiscordApiException)
        {
            DiscordLog.TypingFailed(logger, e.Message);
        }
    }

    private async Task TellFailureAsync(
        DiscordJob work, CancellationToken cancellationToken,
        string sorry = "Sorry, something went wrong while answering that. Please try again in a moment.")
    {
        try
        {
            if (work is DiscordInteractionJob interaction)
            {
                // A deferred response cannot turn ephemeral, so the public "thinking…" goes and a private note follows.
                await rest.DeleteOriginalAsync(interaction.InteractionToken, cancellationToken);
                await rest.CreateFollowupAsync(interaction.InteractionToken, DiscordMessage.Ephemeral(sorry), cancellationToken);
            }
            else if (work is DiscordMessageJob message)
            {
                await ReplyAsync(message.ChannelId, message.MessageId, DiscordMessage.Text(sorry), DiscordNonce.For(message.Key, "f"), cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or DiscordApiException or TaskCanceledException)
        {
            DiscordLog.ApologyNotDelivered(logger, e.Message);
        }
    }
}
