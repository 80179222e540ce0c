using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Tests.Fakes;

namespace NewsBot.Discord.Tests.Commands;

/// <summary><c>newsbot discord register</c>'s engine: a bulk overwrite that is idempotent.</summary>
public sealed partial class CommandRegistrarTests
{
    private static ServiceProvider Provider(FakeDiscord discord, string? botToken = "test-bot-token", string? guildId = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = botToken,
            ["Discord:PublicKey"] = new TestSigner().PublicKeyHex,
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:GuildId"] = guildId,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNewsBotDiscord(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task RegisterTwice_LeavesTheSameCommandSet()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var services = Provider(discord);
        var registrar = services.GetRequiredService<DiscordCommandRegistrar>();

        var first = await registrar.RegisterAsync(null, CancellationToken.None);
        var second = await registrar.RegisterAsync(null, CancellationToken.None);

        Assert.Equal(["ask", "articles", "article", "help", "Ask NewsBot about this message"], first);
        Assert.Equal(first, second);
        var puts = discord.Requests.Where(r => r.Method == "PUT");
        Assert.Equal(2, puts.Count);
        Assert.All(puts, p => Assert.Equal($"applications/{FakeDiscord.ApplicationId}/commands", p.Path));
        Assert.Equal(puts[0].Body, puts[1].Body);
        Assert.Equal("Bot test-bot-token", puts[0].Authorization);
    }

    [Fact]
    public async Task Guild_UsesTheGuildRouteAndGuildContexts()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var services = Provider(discord, guildId: "111");

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync("222", CancellationToken.None);
        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(null, CancellationToken.None);

        var puts = discord.Requests.Where(r => r.Method == "PUT");
        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/guilds/222/commands", puts[0].Path);
        Assert.Equal($"applications/{FakeDiscord.ApplicationId}/guilds/111/commands", puts[1].Path);
        Assert.All(puts[0].Json.EnumerateArray(), c => Assert.Equal("[0]", c.GetProperty("contexts").GetRawText()));
    }

    [Fact]
    public async Task CommandSet_FollowsDiscordsNamingAndSizeRules()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var services = Provider(discord);
        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(null, CancellationToken.None);

        foreach (var command in Assert.Single(discord.Requests.Where(r => r.Method == "PUT")).Json.EnumerateArray())
        {
            var name = command.GetProperty("name").GetString()!;
            if (command.GetProperty("type").GetInt32() == 1)
            {
                Assert.Matches(ChatInputName(), name);
                Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 100);
            }
            foreach (var option in command.TryGetProperty("options", out var options) ? options.EnumerateArray() : default)
            {
                Assert.Matches(ChatInputName(), option.GetProperty("name").GetString()!);
                Assert.InRange(option.GetProperty("description").GetString()!.Length, 1, 100);
                Assert.False(option.TryGetProperty("choices", out _) && option.TryGetProperty("autocomplete", out _));
            }
        }
    }

    [Fact]
    public async Task WithoutBotToken_FailsNamingTheVariable()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var services = Provider(discord, botToken: null);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(null, CancellationToken.None));
        Assert.Contains("Discord__BotToken", error.Message);
        Assert.Empty(discord.Requests.Snapshot());
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex ChatInputName();
}
