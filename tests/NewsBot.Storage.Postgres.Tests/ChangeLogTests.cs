using NewsBot.Core.Index;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// The changes log is pruned of what every host has taken in, never of its newest change or of recent ones, and a host
/// away so long that changes it had not taken in were pruned builds its index again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ChangeLogTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task Changes_every_recent_host_has_taken_in_are_pruned_and_the_newest_stays()
    {
        var database = await cluster.CreateDatabaseAsync();
        using (new PostgresCatalogStore(database, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresCatalogStore>.Instance))
        {
            // The schema.
        }
        await SchemaTests.ExecuteAsync(database, """
            INSERT INTO changes(seq, committed_at, max_passage_key, changed_passages)
                SELECT s, now() - interval '2 hours', s, '{}' FROM generate_series(1, 5) s;
            INSERT INTO changes(seq, max_passage_key, changed_passages) VALUES (6, 6, '{}');
            """);
        await using var source = NpgsqlDataSource.Create(database);

        new PostgresCatalogFeed(source).Forget(2); // a host at 2: nothing after it goes
        new PostgresCatalogFeed(source).Forget(6); // a host at 6: still held back by the one at 2
        Assert.Equal([3L, 4, 5, 6], await SeqsAsync(database));
        Assert.True(new PostgresCatalogFeed(source).Covers(2));
        Assert.False(new PostgresCatalogFeed(source).Covers(1));

        // The host at 2 not seen for over a week no longer holds the log back; the recent change (6) and the newest stay.
        await SchemaTests.ExecuteAsync(database, "UPDATE feed_positions SET seen_at = now() - interval '8 days' WHERE seq = 2");
        new PostgresCatalogFeed(source).Forget(6);
        Assert.Equal([6L], await SeqsAsync(database));
        Assert.Equal(6, new PostgresCatalogFeed(source).Latest().Change);
        Assert.DoesNotContain(2L, await SchemaTests.ListAsync<long>(database, "SELECT seq FROM feed_positions")); // the week-old host forgotten
    }

    [PostgresFact]
    public async Task A_host_whose_point_fell_out_of_the_pruned_log_builds_its_index_again()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var folder = new TempDirectory();
        var ownIndex = ("Index:Path", folder.File("newsbot.db"));
        using (var away = new PostgresCore(database, more: ownIndex))
        {
            away.Get<PassageIndex>().Store(CatalogTests.Meeting, CatalogTests.Split(CatalogTests.Meeting), null);
            away.Get<PassageIndex>().Store(CatalogTests.Budget, CatalogTests.Split(CatalogTests.Budget), null);
            Assert.NotEmpty(away.Get<PassageIndex>().Search("ministers New Delhi", 5));
        }
        using (var writer = new PostgresCore(database))
        {
            // Re-titled, same text: its passages keep their keys, so only the change log tells an index to re-title them.
            var retitled = CatalogTests.Budget with { Title = "Lawmakers approve zebra fund" };
            writer.Get<PassageIndex>().Store(retitled, CatalogTests.Split(retitled), null);
            writer.Get<PassageIndex>().Store(CatalogTests.Storm, CatalogTests.Split(CatalogTests.Storm), null);
        }
        // As the hosts that stayed would, after a week: all but the newest change pruned, the re-titling with them.
        await SchemaTests.ExecuteAsync(database, "DELETE FROM changes WHERE seq < (SELECT max(seq) FROM changes)");

        using (var back = new PostgresCore(database, more: ownIndex))
        {
            var index = back.Get<PassageIndex>();
            await Eventually.TrueAsync(() => index.IsReady && index.ChangesBehind() == 0 && index.Search("storm warning", 5).Count > 0,
                "the returning host to catch up", timeoutMs: 10_000);
            Assert.Equal(["budget"], index.Search("zebra", 5).Select(h => h.Passage.ArticleId).Distinct());
        }

        // Built again: no document left of the passages the pruned update replaced (searches hide them, statistics would not).
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexOptions.LuceneFolder(folder.File("newsbot.db")));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        Assert.Equal((await SchemaTests.ListAsync<long>(database, "SELECT count(*) FROM passages")).Single(), reader.NumDocs);
    }

    private static Task<List<long>> SeqsAsync(string database) => SchemaTests.ListAsync<long>(database, "SELECT seq FROM changes ORDER BY seq");
}
