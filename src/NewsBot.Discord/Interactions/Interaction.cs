namespace NewsBot.Discord.Interactions;

/// <summary>The fields of an incoming interaction this bot reads (Discord sends many more).</summary>
internal sealed record Interaction(
    string Id,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? ApplicationId = null,
    string? ChannelId = null,
    string? GuildId = null,
    InteractionMember? Member = null,
    Gateway.GatewayUser? User = null)
{
    /// <summary>Who invoked it: <c>member.user</c> in a guild, <c>user</c> in a DM.</summary>
    public string? UserId => Member?.User?.Id ?? User?.Id;

    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
}
