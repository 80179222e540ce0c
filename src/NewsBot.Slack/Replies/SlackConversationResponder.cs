using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;
using NewsBot.Core.Inbox;
using NewsBot.Slack.Events;
using NewsBot.Slack.Queue;
using NewsBot.Slack.Rendering;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Replies;

/// <summary>
/// Answers a mention, DM or thread follow-up in its thread: 👀 on the question and a "Looking…" message at once,
/// then <c>chat.update</c> with the streamed text (at most about once a second) and finally the cited answer. The
/// message's <c>ts</c> is recorded with the request, so a host that takes the request over edits it: one reply per
/// question, whichever host finishes it.
/// </summary>
internal sealed class SlackConversationResponder(
    SlackApiClient api,
    BotCommands commands,
    SlackCommandRunner runner,
    SlackThreadRegistry threads,
    InboxReplies replies,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackConversationResponder> logger)
{
    private static readonly TimeSpan PartialEditTimeout = TimeSpan.FromSeconds(5);
    private readonly SlackOptions _options = options.Value;

    public async Task RespondAsync(SlackThreadJob job, CancellationToken cancellationToken)
    {
        // A question streams into its message; everything else is one message, rendered as for a slash command.
        if (job.Command.Kind == CommandKind.Ask)
            await AnswerAsync(job, cancellationToken);
        else
            await PostAsync(job, await runner.RunAsync(job.Command, job.ConversationId, job.Command.Kind == CommandKind.Article ? "article" : "articles", cancellationToken), cancellationToken);
    }

    private async Task PostAsync(SlackThreadJob job, SlackMessage message, CancellationToken cancellationToken)
    {
        if (await replies.FindAsync(job.Key, cancellationToken) is { } posted)
            await api.UpdateMessageAsync(job.Channel, posted, message, cancellationToken);
        else
            await PostRecordedAsync(job, message, cancellationToken);
    }

    private async Task AnswerAsync(SlackThreadJob job, CancellationToken cancellationToken)
    {
        // [1] Show at once that the question was seen, unless a host that died answering it already did.
        if (await replies.FindAsync(job.Key, cancellationToken) is not { } ts)
        {
            await ReactAsync(job, cancellationToken);
            ts = await PostRecordedAsync(job, SlackMessage.Plain("Looking…"), cancellationToken);
        }

        // [2] Stream, editing at most once per interval; [3] replace with the final checked reply.
        // A partial edit runs beside the stream, never in its way: while one is in flight the next is skipped, so a
        // slow or rate-limited chat.update cannot hold up the answer (or push a chat model past its deadline).
        Reply? final = null;
        var partial = Task.CompletedTask;
        try
        {
            var text = new StringBuilder();
            var lastEdit = time.GetTimestamp();
            await foreach (var update in commands.AskStreamingAsync(job.Command.Argument, job.ConversationId, cancellationToken))
            {
                final = update.Final ?? final;
                if (update.Delta is not { Length: > 0 } delta)
                    continue;
                // Text is shown once more follows it: a writer that gives the whole answer in one piece (the extractive
                // one, however long it took) gets the final edit only, not the same text twice.
                if (text.Length > 0 && time.GetElapsedTime(lastEdit) >= _options.StreamingEditInterval && partial.IsCompleted)
                {
                    partial = EditPartialAsync(job.Channel, ts, text.ToString(), cancellationToken);
                    lastEdit = time.GetTimestamp();
                }
                text.Append(delta);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SlackLog.AnswerFailed(logger, ex, job.Channel);
            await api.UpdateMessageAsync(job.Channel, ts, SlackMessage.Plain("Sorry, I couldn't answer that just now. Please try again."), cancellationToken);
            return;
        }
        var message = final is null
            ? SlackMessage.Plain("Sorry, I couldn't answer that just now. Please try again.")
            : SlackReplyRenderer.Render(final);
        // The last partial edit lands before the final one, never after it.
        await partial;
        await api.UpdateMessageAsync(job.Channel, ts, message, cancellationToken);
    }

    /// <summary>Posts the request's one message and records its <c>ts</c> with the request before anything else happens.</summary>
    private async Task<string> PostRecordedAsync(SlackThreadJob job, SlackMessage message, CancellationToken cancellationToken)
    {
        var ts = await api.PostMessageAsync(job.Channel, job.ThreadTs, message, cancellationToken);
        await replies.RecordAsync(job.Key, ts, cancellationToken);
        if (job.ThreadTs is not null)
            await threads.AddAsync(job.Channel, job.ThreadTs, cancellationToken);
        return ts;
    }

    /// <summary>One try, bounded in time; never throws (except for shutdown): the final edit carries the whole answer.</summary>
    private async Task EditPartialAsync(string channel, string ts, string text, CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(PartialEditTimeout);
        try
        {
            await api.UpdateMessageAsync(channel, ts, SlackReplyRenderer.RenderPartial(text), bounded.Token, once: true);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A skipped intermediate edit costs nothing (a 429, a network error, a slow API).
            SlackLog.PartialEditFailed(logger, ex is SlackApiException refused ? refused.Error : ex.GetType().Name);
        }
    }

    private async Task ReactAsync(SlackThreadJob job, CancellationToken cancellationToken)
    {
        try
        {
            await api.AddReactionAsync(job.Channel, job.MessageTs, "eyes", cancellationToken);
        }
        catch (SlackApiException ex)
        {
            // A missing reaction is cosmetic (already_reacted, no reactions:write); the answer still goes out.
            SlackLog.ReactionFailed(logger, ex.Error);
        }
    }
}
