namespace NewsBot.Core.Inbox;

/// <summary>Settings of section <c>Inbox</c>: leases on requests being answered (they matter with a shared database only).</summary>
public sealed class InboxOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Inbox";

    /// <summary>
    /// How long a host's claim on a request lasts without renewal. The host renews it every third of this while it
    /// answers; when a host dies, another takes the request over this long after the last renewal.
    /// </summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>How often each host looks for requests whose lease ran out.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>A request taken up this many times without being answered is given up (a request that kills hosts must not kill them all).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a request's key is kept, answered or not, to recognise retries and late copies.</summary>
    public double KeepHours { get; set; } = 24;
}
