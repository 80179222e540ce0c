namespace NewsBot.Core.Connections;

/// <summary>Where a front end (Slack, Discord) stands; only <see cref="Running"/> is fully healthy.</summary>
public enum FrontEndState
{
    /// <summary>Checking its credentials or opening its first connection.</summary>
    Starting,

    /// <summary>Connected (or, for an HTTP-only front end, its endpoints are served).</summary>
    Running,

    /// <summary>A transient failure (unreachable, timed out, HTTP 5xx); tried again with backoff.</summary>
    Retrying,

    /// <summary>The platform definitely rejected a setting (a token); not retried until the setting is fixed.</summary>
    BadSetting,

    /// <summary>Stopped for another reason that retrying cannot fix (a close code that forbids reconnecting).</summary>
    Stopped,

    /// <summary>Healthy but idle on purpose: another host serves this front end's one connection (the Discord gateway).</summary>
    Standby,
}
