namespace NewsBot.Discord.Gateway;

/// <summary>
/// GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES = 4609. Mentions of the bot and DMs carry their text without the
/// privileged MESSAGE_CONTENT intent, so none is requested.
/// </summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int Requested = Guilds | GuildMessages | DirectMessages;
}
