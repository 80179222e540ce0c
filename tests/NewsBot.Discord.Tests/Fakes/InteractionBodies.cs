using System.Globalization;
using System.Text.Json;

namespace NewsBot.Discord.Tests.Fakes;

/// <summary>Interaction bodies shaped like Discord's (see protocol-fixtures/discord/interactions).</summary>
public static class InteractionBodies
{
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";

    public static string Ping() => Serialize(new { id = "787053080478613555", application_id = FakeDiscord.ApplicationId, type = 1, token = "ping-token", version = 1 });

    public const string UserId = "53908232506183680";

    public static string Command(string name, string token, params object[] options) => CommandFrom(UserId, name, token, options);

    /// <summary>
    /// A distinct interaction id for each token, the same for the same token: Discord gives every interaction its own id
    /// (the bot's inbox key), so two commands with different tokens are two interactions, and one body posted twice is one.
    /// </summary>
    public static string IdFor(string token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
            hash = (hash ^ c) * 16777619u;
        return "78600" + hash.ToString("D10", CultureInfo.InvariantCulture);
    }

    /// <summary>A slash command invoked by a given guild member.</summary>
    public static string CommandFrom(string userId, string name, string token, params object[] options) => Serialize(new
    {
        id = IdFor(token),
        application_id = FakeDiscord.ApplicationId,
        type = 2,
        token,
        version = 1,
        guild_id = GuildId,
        channel_id = ChannelId,
        member = new { user = new { id = userId, username = "Mason" }, permissions = "2147483647" },
        data = new { id = "771825006014889984", name, type = 1, options },
    });

    public static object Option(string name, object value, bool focused = false) =>
        focused ? new { type = value is int ? 4 : 3, name, value, focused } : new { type = value is int ? 4 : 3, name, value };

    public static string Autocomplete(string typed) => Serialize(new
    {
        id = "787053080478613556",
        application_id = FakeDiscord.ApplicationId,
        type = 4,
        token = "autocomplete-token",
        version = 1,
        guild_id = GuildId,
        channel_id = ChannelId,
        data = new { id = "771825006014889985", name = "article", type = 1, options = new[] { Option("id", typed, focused: true) } },
    });

    public static string MessageCommand(string token, string content) => Serialize(new
    {
        id = IdFor(token),
        application_id = FakeDiscord.ApplicationId,
        type = 2,
        token,
        version = 1,
        channel_id = ChannelId,
        user = new { id = "53908232506183680", username = "Mason" },
        data = new
        {
            id = "771825006014889986",
            name = "Ask NewsBot about this message",
            type = 3,
            target_id = "334385199974967099",
            resolved = new { messages = new Dictionary<string, object> { ["334385199974967099"] = new { id = "334385199974967099", content, channel_id = ChannelId } } },
        },
    });

    private static string Serialize(object value) => JsonSerializer.Serialize(value);
}
