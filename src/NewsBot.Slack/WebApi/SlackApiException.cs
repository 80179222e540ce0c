namespace NewsBot.Slack.WebApi;

/// <summary>A Slack Web API call that answered <c>ok:false</c> (or failed at the HTTP level), with Slack's error code.</summary>
public sealed class SlackApiException(string method, string error)
    : Exception($"Slack {method} failed: {error}")
{
    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; } = method;

    /// <summary>Slack's error code, e.g. <c>invalid_auth</c>, <c>channel_not_found</c>, <c>ratelimited</c>.</summary>
    public string Error { get; } = error;
}
