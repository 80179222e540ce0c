using NewsBot.Discord.Tests.Fakes;
using NewsBot.Storage.Postgres;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// A bot host on a shared PostgreSQL database (<c>Storage:Provider=Postgres</c>: catalog and inbox there), its own index
/// folder, the gateway on (for its MESSAGE_CREATE handler), short leases so a dead host's work is taken over in seconds.
/// </summary>
internal static class PostgresBots
{
    public static Task<BotHost> StartAsync(
        FakeDiscord discord, string database, bool gateway = true, bool ingest = false, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
            ["Index:PollSeconds"] = "0.2",
            ["Embeddings:Provider"] = "None",
            ["Inbox:LeaseSeconds"] = "2",
            ["Inbox:PollSeconds"] = "0.2",
            ["Discord:UserRequestsPerMinute"] = "0",
            ["Discord:QueueCapacity"] = "256",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
            settings[key] = value;
        return BotHost.StartAsync(discord, gateway, ingest, settings, services: s => s.AddNewsBotPostgres());
    }
}
