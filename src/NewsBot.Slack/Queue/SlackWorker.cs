using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Admission;
using NewsBot.Slack.Replies;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Queue;

/// <summary>Drains the queue with <c>Workers</c> concurrent answerers, plus one sender of notices. The edge where failures are caught.</summary>
internal sealed class SlackWorker(
    WorkQueue<SlackJob, SlackNotice> queue,
    SlackConversationResponder conversations,
    SlackCommandResponder commands,
    SlackApiClient api,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : BackgroundService
{
    private const string SorryText = "Sorry, something went wrong answering that. Please try again.";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        queue.DrainAsync(options.Value.Workers, RunAsync, RunAsync, stoppingToken);

    private async Task RunAsync(SlackJob job, CancellationToken stop)
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
                case SlackNotice notice:
                    await api.PostMessageAsync(notice.Channel, notice.ThreadTs, SlackMessage.Plain(notice.Text), stop);
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

    private async Task TellUserAsync(SlackJob job, CancellationToken stop)
    {
        try
        {
            if (job is SlackCommandJob command)
                await api.RespondAsync(command.ResponseUrl, SlackMessage.Plain(SorryText), false, stop);
            else if (job is SlackThreadJob thread)
                await api.PostMessageAsync(thread.Channel, thread.ThreadTs, SlackMessage.Plain(SorryText), stop);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            SlackLog.JobFailed(logger, ex, "apology");
        }
    }
}
