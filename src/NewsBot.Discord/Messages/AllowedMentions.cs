namespace NewsBot.Discord.Messages;

/// <summary>
/// Which mentions in a message may ping. The bot always sends <see cref="None"/>: article text is untrusted and
/// must never ping @everyone, @here, a role or a user (Discord parses users, roles and everyone by default).
/// </summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse, bool RepliedUser)
{
    public static AllowedMentions None { get; } = new([], false);
}
