using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Tests.Fakes;
using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A fake Discord plus the bot with its gateway running, and the waits gateway tests share.</summary>
public sealed class GatewayFixture : IAsyncDisposable
{
    /// <summary>
    /// Gateway tests run one at a time: each runs a reconnecting client, and on a loaded machine a client still
    /// shutting down could otherwise meet another test's fake on a reused loopback port.
    /// </summary>
    public const string Collection = "gateway";

    private GatewayFixture(FakeDiscord discord, BotHost bot)
    {
        Discord = discord;
        Bot = bot;
    }

    public FakeDiscord Discord { get; }
    public BotHost Bot { get; }
    public FakeGateway Gateway => Discord.Gateway;

    public static async Task<GatewayFixture> StartAsync(
        Action<FakeGateway>? arrange = null, bool ingest = false, TimeProvider? time = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var discord = await FakeDiscord.StartAsync();
        arrange?.Invoke(discord.Gateway);
        var bot = await BotHost.StartAsync(discord, gateway: true, ingest: ingest, settings: settings, time: time, services: services);
        var fixture = new GatewayFixture(discord, bot);
        await discord.Gateway.Readies.WaitForAsync(_ => true);
        // READY sent is not READY handled: wait until the client holds the session, so a test that drops the
        // connection next sees a resume, not a fresh IDENTIFY from a client that had not read READY yet.
        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Contains("Discord gateway ready as user", StringComparison.Ordinal)), "the client handled READY");
        return fixture;
    }

    /// <summary>Replies the bot posted to a message, by the replied-to message id.</summary>
    public IReadOnlyList<RecordedRequest> RepliesTo(string messageId) =>
        Discord.Requests.Where(r => IsReplyTo(r, messageId));

    public Task<IReadOnlyList<RecordedRequest>> WaitForReplyAsync(string messageId) =>
        Discord.Requests.WaitForAsync(r => IsReplyTo(r, messageId));

    /// <summary>Whether <paramref name="request"/> is a reply the bot posted to message <paramref name="messageId"/>.</summary>
    internal static bool IsReplyTo(RecordedRequest request, string messageId) =>
        request.Method == "POST" && request.Path.EndsWith("/messages", StringComparison.Ordinal) && request.Status == 200
        && request.Json.TryGetProperty("message_reference", out var reference)
        && reference.GetProperty("message_id").GetString() == messageId;

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
