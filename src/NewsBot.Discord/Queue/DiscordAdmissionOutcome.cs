namespace NewsBot.Discord.Queue;

/// <summary>What <see cref="DiscordAdmission.TryQueue"/> did with a request.</summary>
internal enum DiscordAdmissionOutcome
{
    Queued,
    RateLimited,
    Busy,
}
