using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Slack.Queue;

/// <summary>
/// The bounded queue between "acknowledged" and "answered". A full queue refuses at once (the caller replies
/// "busy"); notices have their own small queue so a "busy" reply never waits behind the questions it refuses.
/// </summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger)
{
    private const int NoticeCapacity = 256;

    private readonly Channel<SlackJob> _jobs = Channel.CreateBounded<SlackJob>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    private readonly Channel<SlackNotice> _notices = Channel.CreateBounded<SlackNotice>(
        new BoundedChannelOptions(NoticeCapacity) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<SlackJob> Jobs => _jobs.Reader;

    public ChannelReader<SlackNotice> Notices => _notices.Reader;

    public bool TryEnqueue(SlackJob job) => _jobs.Writer.TryWrite(job);

    public void Notify(SlackNotice notice)
    {
        if (!_notices.Writer.TryWrite(notice))
            SlackLog.NoticeDropped(logger, notice.Channel, notice.User);
    }
}
