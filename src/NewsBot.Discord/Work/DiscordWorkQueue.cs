using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Work;

/// <summary>The bounded queue between "acknowledged" and "answered"; a full queue refuses instead of dropping silently.</summary>
internal sealed class DiscordWorkQueue(IOptions<DiscordOptions> options)
{
    private readonly Channel<DiscordWork> _channel = Channel.CreateBounded<DiscordWork>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full: the caller tells the person the bot is busy.</summary>
    public bool TryEnqueue(DiscordWork work) => _channel.Writer.TryWrite(work);

    public IAsyncEnumerable<DiscordWork> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
