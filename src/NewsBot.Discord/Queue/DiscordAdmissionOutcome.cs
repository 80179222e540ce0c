namespace NewsBot.Discord.Queue;

/// <summary>What <see cref="DiscordAdmission.TryQueueAsync"/> did with a request.</summary>
internal enum DiscordAdmissionOutcome
{
    Queued,
    RateLimited,
    Busy,

    /// <summary>Recorded before (a replayed event, a copy another host took): the first record is answered, this is not.</summary>
    Duplicate,
}
