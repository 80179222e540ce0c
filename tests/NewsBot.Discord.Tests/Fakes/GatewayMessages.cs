namespace NewsBot.Discord.Tests.Fakes;

/// <summary>MESSAGE_CREATE payloads shaped like the composed fixtures (guild mention, DM, the bot's own message).</summary>
public static class GatewayMessages
{
    public const string GuildChannel = "290926798999357250";
    public const string DmChannel = "319674150115610528";
    private const string GuildId = "290926798626357999";
    private static readonly object Person = new { id = "53908099506183680", username = "Mason", discriminator = "9999" };
    private static readonly object Bot = new { id = FakeGateway.BotUserId, username = "newsbot", bot = true };

    public static object Mention(string id, string text, string channel = GuildChannel) => new
    {
        id, channel_id = channel, guild_id = GuildId, author = Person, type = 0,
        content = $"<@{FakeGateway.BotUserId}> {text}", mentions = new[] { Bot }, mention_roles = Array.Empty<string>(),
    };

    public static object Direct(string id, string text) => new
    {
        id, channel_id = DmChannel, author = Person, type = 0, content = text, mentions = Array.Empty<object>(),
    };

    public static object Unmentioned(string id, string text) => new
    {
        id, channel_id = GuildChannel, guild_id = GuildId, author = Person, type = 0, content = text, mentions = Array.Empty<object>(),
    };

    public static object FromSelf(string id) => new
    {
        id, channel_id = DmChannel, author = Bot, type = 0, content = $"<@{FakeGateway.BotUserId}> I am a bot", mentions = new[] { Bot },
    };

    public static object FromOtherBot(string id) => new
    {
        id, channel_id = GuildChannel, guild_id = GuildId, type = 0,
        author = new { id = "222222222222222222", username = "otherbot", bot = true },
        content = $"<@{FakeGateway.BotUserId}> help", mentions = new[] { Bot },
    };
}
