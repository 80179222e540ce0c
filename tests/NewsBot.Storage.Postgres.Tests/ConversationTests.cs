using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Conversations;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// Conversations and answered threads in the shared database: a follow-up asked on another host is rewritten with the
/// first host's turn, a thread one host answered in is known to the other, and the tables keep the in-memory limits.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConversationTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task A_follow_up_asked_on_the_second_host_is_rewritten_with_the_first_hosts_question_as_on_one_host()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database);
        using var second = new PostgresCore(database);
        await first.Get<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
        await Eventually.TrueAsync(() => second.Get<PassageIndex>().Search("where did Blinken and Lavrov meet?", 5).Count > 0,
            "the second host to index the sample articles", timeoutMs: 10_000);
        var onFirst = first.Get<AnswerService>();
        var onSecond = second.Get<AnswerService>();

        await onFirst.AskAsync("where did they meet?", "tab-one-host", default);
        var oneHost = await onFirst.AskAsync("when did that happen?", "tab-one-host", default);
        await onFirst.AskAsync("where did they meet?", "tab-two-hosts", default);
        var twoHosts = await onSecond.AskAsync("when did that happen?", "tab-two-hosts", default);
        var alone = await onSecond.AskAsync("when did that happen?", "tab-never-asked", default);

        Assert.Contains("meet", twoHosts.Question);
        Assert.Equal(oneHost.Question, twoHosts.Question);
        Assert.Equal(Sources(oneHost), Sources(twoHosts));
        Assert.Contains(Sources(twoHosts), title => title.Contains("Blinken", StringComparison.Ordinal));
        Assert.Equal("when did that happen?", alone.Question); // without the first host's turn, nothing to carry
        var kept = await first.Get<IConversationStore>().RecentAsync("tab-two-hosts", default);
        Assert.Equal(["where did they meet?", "when did that happen?"], kept.Select(t => t.Question));
    }

    [PostgresFact]
    public async Task A_conversation_keeps_the_configured_number_of_turns_oldest_first_on_every_host()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database, more: ("Answering:ConversationTurns", "2"));
        using var second = new PostgresCore(database, more: ("Answering:ConversationTurns", "2"));
        var store = first.Get<IConversationStore>();
        Assert.IsType<PostgresConversationStore>(store);

        foreach (var n in new[] { 1, 2, 3 })
            await store.AddAsync("tab-1", Turn(n), default);

        Assert.Equal([Turn(2), Turn(3)], await second.Get<IConversationStore>().RecentAsync("tab-1", default));
        Assert.Empty(await second.Get<IConversationStore>().RecentAsync("tab-2", default));
        Assert.Equal(2, await CountAsync(database, "conversation_turns"));
    }

    [PostgresFact]
    public async Task Beyond_the_cap_the_least_recently_added_to_conversation_goes_with_its_turns()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var state = new PostgresSharedState(database);
        var store = new PostgresConversationStore(state, Options.Create(new AnsweringOptions()), maxConversations: 2);

        await store.AddAsync("a", Turn(1), default);
        await store.AddAsync("b", Turn(2), default);
        await store.AddAsync("a", Turn(3), default);
        await store.AddAsync("c", Turn(4), default);

        Assert.Equal([Turn(1), Turn(3)], await store.RecentAsync("a", default));
        Assert.Empty(await store.RecentAsync("b", default));
        Assert.Equal([Turn(4)], await store.RecentAsync("c", default));
        Assert.Equal(2, await CountAsync(database, "conversations"));
        Assert.Equal(3, await CountAsync(database, "conversation_turns"));
    }

    [PostgresFact]
    public async Task A_thread_answered_on_one_host_is_known_to_the_other()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database);
        using var second = new PostgresCore(database);
        Assert.IsType<PostgresAnsweredThreads>(first.Get<IAnsweredThreads>());

        await first.Get<IAnsweredThreads>().AddAsync("slack:C1:1700000000.000100", default);

        Assert.True(await second.Get<IAnsweredThreads>().ContainsAsync("slack:C1:1700000000.000100", default));
        Assert.False(await second.Get<IAnsweredThreads>().ContainsAsync("slack:C1:1700000000.000200", default));
    }

    [PostgresFact]
    public async Task A_thread_is_forgotten_a_day_after_the_last_answer_and_its_row_deleted()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var state = new PostgresSharedState(database);
        var time = new ManualTimeProvider();
        var threads = new PostgresAnsweredThreads(state, time);
        await threads.AddAsync("slack:C1:1.0", default);

        time.Advance(InMemoryAnsweredThreads.Keep);
        Assert.True(await threads.ContainsAsync("slack:C1:1.0", default));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await threads.ContainsAsync("slack:C1:1.0", default));

        await threads.AddAsync("slack:C1:2.0", default);
        Assert.Equal(1, await CountAsync(database, "answered_threads"));
        Assert.True(await threads.ContainsAsync("slack:C1:2.0", default));
    }

    [PostgresFact]
    public async Task Beyond_the_cap_the_thread_answered_longest_ago_goes()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var state = new PostgresSharedState(database);
        var time = new ManualTimeProvider();
        var threads = new PostgresAnsweredThreads(state, time, maxThreads: 2);

        foreach (var ts in new[] { "1.0", "2.0", "3.0" })
        {
            await threads.AddAsync("slack:C1:" + ts, default);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.False(await threads.ContainsAsync("slack:C1:1.0", default));
        Assert.True(await threads.ContainsAsync("slack:C1:2.0", default));
        Assert.True(await threads.ContainsAsync("slack:C1:3.0", default));
        Assert.Equal(2, await CountAsync(database, "answered_threads"));
    }

    [PostgresFact]
    public async Task A_first_use_that_failed_is_tried_again_at_the_next()
    {
        var admin = await cluster.CreateDatabaseAsync();
        var name = "created_later_" + Guid.NewGuid().ToString("N");
        using var state = new PostgresSharedState(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString());
        var store = new PostgresConversationStore(state, Options.Create(new AnsweringOptions()));
        await Assert.ThrowsAsync<PostgresException>(() => store.RecentAsync("tab-1", default).AsTask());

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        await store.AddAsync("tab-1", Turn(1), default);

        Assert.Equal([Turn(1)], await store.RecentAsync("tab-1", default));
    }

    private static ConversationTurn Turn(int n) => new($"question {n}", $"standalone question {n}", $"answer {n}");

    private static IEnumerable<string> Sources(Reply reply) =>
        (reply.Abstained ? reply.Closest.Select(c => c.Title) : reply.Citations.Select(c => c.Title)).ToList();

    private static async Task<long> CountAsync(string database, string table) =>
        (await SchemaTests.ListAsync<long>(database, $"SELECT count(*) FROM {table}")).Single();
}
