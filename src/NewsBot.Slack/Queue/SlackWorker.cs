using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;
using NewsBot.Slack.Replies;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Queue;

/// <summary>
/// Drains the queue with <c>Workers</c> concurrent answerers, plus one sender of notices, and beside them takes over
/// Slack requests another host recorded and left unanswered (<see cref="InboxPoller"/>). A request's lease is kept while
/// it waits (<see cref="QueuedLeases"/>) and while it is answered (<see cref="InboxWork"/>). The edge where
/// failures are caught.
/// </summary>
internal sealed class SlackWorker(
    WorkQueue<SlackJob, SlackNotice> queue,
    [FromKeyedServices(SlackJob.Platform)] QueuedLeases leases,
    InboxWork work,
    InboxPoller poller,
    SlackConversationResponder conversations,
    SlackCommandResponder commands,
    InboxReplies replies,
    SlackApiClient api,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : BackgroundService
{
    private const string SorryText = "Sorry, something went wrong answering that. Please try again.";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            queue.DrainAsync(options.Value.Workers, RunAsync, SendAsync, stoppingToken),
            poller.RunAsync(SlackJob.Platform, TakeOver, stoppingToken),
            leases.RunAsync(stoppingToken));

    private bool TakeOver(InboxItem item)
    {
        SlackJob job;
        try
        {
            job = SlackJob.FromPayload(item.Payload);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Written by a newer or broken version; the attempts cap (Inbox:MaxAttempts) ends its round of hosts.
            SlackLog.UnreadablePayload(logger, ex, item.Key);
            return false;
        }
        return leases.TryQueue(job.Key, () => queue.TryEnqueue(job));
    }

    /// <summary>The request is marked answered once this returns, answered or apologised for; not when shutdown cut it short.</summary>
    private async Task RunAsync(SlackJob job, CancellationToken stop)
    {
        if (!await leases.StillOursAsync(job.Key, stop))
            return;
        await work.RunAsync(job.Key, answering => AnswerAsync(job, answering), stop);
    }

    private async Task AnswerAsync(SlackJob job, CancellationToken stop)
    {
        try
        {
            switch (job)
            {
                case SlackThreadJob thread:
                    await conversations.RespondAsync(thread, stop);
                    break;
                case SlackCommandJob command:
                    await commands.RespondAsync(command, stop);
                    break;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            SlackLog.JobAbandonedAtShutdown(logger, job.GetType().Name);
        }
        catch (Exception ex)
        {
            SlackLog.JobFailed(logger, ex, job.GetType().Name);
            await TellUserAsync(job, stop);
        }
    }

    private async Task SendAsync(SlackNotice notice, CancellationToken stop)
    {
        try
        {
            await api.PostMessageAsync(notice.Channel, notice.ThreadTs, SlackMessage.Plain(notice.Text), stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            SlackLog.JobAbandonedAtShutdown(logger, nameof(SlackNotice));
        }
        catch (Exception ex)
        {
            SlackLog.JobFailed(logger, ex, nameof(SlackNotice));
        }
    }

    private async Task TellUserAsync(SlackJob job, CancellationToken stop)
    {
        try
        {
            if (job is SlackCommandJob command)
            {
                await api.RespondAsync(command.ResponseUrl, SlackMessage.Plain(SorryText), false, stop);
            }
            else if (job is SlackThreadJob thread)
            {
                // Into the request's message when it has one: no "Looking…" left beside the apology, no second message.
                if (await replies.FindAsync(thread.Key, stop) is { } posted)
                    await api.UpdateMessageAsync(thread.Channel, posted, SlackMessage.Plain(SorryText), stop);
                else
                    await api.PostMessageAsync(thread.Channel, thread.ThreadTs, SlackMessage.Plain(SorryText), stop);
            }
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            SlackLog.JobFailed(logger, ex, "apology");
        }
    }
}
