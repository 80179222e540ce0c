namespace NewsBot.Slack.WebApi;

/// <summary>A Slack Web API call that answered <c>ok:false</c> (or failed at the HTTP level), with Slack's error code.</summary>
public sealed class SlackApiException(string method, string error)
    : Exception($"Slack {method} failed: {error}")
{
    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; } = method;

    /// <summary>Slack's error code, e.g. <c>invalid_auth</c>, <c>channel_not_found</c>, <c>ratelimited</c>.</summary>
    public string Error { get; } = error;

    /// <summary>
    /// Whether Slack definitely refused the token itself (not a transient failure): retrying cannot help until the
    /// setting is fixed. An <c>http_500</c> or <c>fatal_error</c> is Slack's trouble, not the token's.
    /// </summary>
    public bool RejectsToken => Error is "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked"
        or "token_expired" or "not_allowed_token_type";
}
