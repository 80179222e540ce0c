using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Core.Conversations;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>With the default provider, conversations and answered threads stay in the host's memory (no server needed).</summary>
public sealed class InMemoryDefaultTests
{
    [Fact]
    public async Task With_sqlite_conversations_and_answered_threads_stay_in_memory_even_with_postgres_registered()
    {
        using var folder = new TempDirectory();
        var settings = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Index:Path", (string?)folder.File("newsbot.db"))]).Build();
        using var core = CoreServiceProvider.Build(settings, storage: s => s.AddNewsBotPostgres());

        var conversations = Assert.IsType<InMemoryConversationStore>(core.GetRequiredService<IConversationStore>());
        var threads = Assert.IsType<InMemoryAnsweredThreads>(core.GetRequiredService<IAnsweredThreads>());
        await conversations.AddAsync("tab-1", new ConversationTurn("where did they meet?", "where did they meet?", "In New Delhi [1]."), default);
        await threads.AddAsync("slack:C1:1.0", default);

        Assert.Single(await conversations.RecentAsync("tab-1", default));
        Assert.True(await threads.ContainsAsync("slack:C1:1.0", default));
    }
}
