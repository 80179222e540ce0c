using System.ClientModel.Primitives;
using System.Globalization;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// The SDK's retry policy (429, 5xx, connection failures; the one retry layer on the model path), with the wait Azure
/// OpenAI asks for: its <c>retry-after-ms</c> / <c>x-ms-retry-after-ms</c> headers first, then the standard <c>Retry-After</c>
/// the base policy reads. Azure.AI.OpenAI's own policy does the same but cannot be given a retry count.
/// </summary>
internal sealed class ModelRetryPolicy(int maxRetries) : ClientRetryPolicy(maxRetries)
{
    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var headers = message.Response?.Headers;
        foreach (var name in (string[])["retry-after-ms", "x-ms-retry-after-ms"])
        {
            if (headers?.TryGetValue(name, out var value) == true
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
                return TimeSpan.FromMilliseconds(milliseconds);
        }
        return base.GetNextDelay(message, tryCount);
    }
}
