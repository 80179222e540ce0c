using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>The PostgreSQL catalog keeps and answers what the SQLite catalog does, and logs every write in <c>changes</c>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CatalogTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task A_write_stores_articles_passages_hashes_and_origins_with_one_change_row()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var host = new PostgresCore(database);
        var index = host.Get<PassageIndex>();

        using (var batch = index.BeginBatch())
        {
            batch.Store(Meeting, Split(Meeting), "/news/meeting.txt");
            batch.Store(Budget, Split(Budget), "https://example.com/budget");
            batch.Commit();
        }

        Assert.Equal(["https://example.com/budget", "/news/meeting.txt"],
            await SchemaTests.ListAsync<string>(database, "SELECT origin FROM articles ORDER BY id"));
        Assert.All(await SchemaTests.ListAsync<string>(database, "SELECT content_hash || text_hash FROM articles"), h => Assert.Equal(128, h.Length));
        Assert.Equal([(long)(Split(Meeting).Count + Split(Budget).Count)], await SchemaTests.ListAsync<long>(database, "SELECT count(*) FROM passages"));
        Assert.Equal([1L], await SchemaTests.ListAsync<long>(database, "SELECT seq FROM changes"));

        // Unchanged content writes nothing, so no change row either.
        index.Store(Meeting, Split(Meeting), "/news/meeting.txt");
        Assert.Equal([1L], await SchemaTests.ListAsync<long>(database, "SELECT seq FROM changes"));
    }

    [PostgresFact]
    public async Task Lists_finds_suggests_and_searches_as_the_sqlite_catalog_does()
    {
        using var folder = new TempDirectory();
        using var sqlite = new PassageIndex(Options.Create(new IndexOptions { Path = folder.File("newsbot.db") }), NullLogger<PassageIndex>.Instance);
        using var postgres = new PostgresCore(await cluster.CreateDatabaseAsync());
        var shared = postgres.Get<PassageIndex>();

        var outcomes = new[] { sqlite, shared }.Select(index =>
        {
            var stored = new List<StoreOutcome>
            {
                index.Store(Meeting, Split(Meeting), null),
                index.Store(Budget, Split(Budget), null),
                index.Store(Meeting with { Id = "meeting-copy", Title = "Copy of the meeting" }, Split(Meeting), null),
                index.Store(Budget with { Title = "Budget passed, revised" }, Split(Budget), null),
                index.Store(Storm, Split(Storm), null),
            };
            index.Remove(["meeting"]);
            return stored;
        }).ToList();

        Assert.Equal(Json(outcomes[0]), Json(outcomes[1]));
        Assert.Equal(Json(sqlite.ListArticles(1, 10, null)), Json(shared.ListArticles(1, 10, null)));
        Assert.Equal(Json(sqlite.ListArticles(1, 10, "budget")), Json(shared.ListArticles(1, 10, "budget")));
        Assert.Equal(Json(sqlite.ListArticles(2, 1, null)), Json(shared.ListArticles(2, 1, null)));
        foreach (var id in new[] { "meeting", "meeting-copy", "budget", "storm" })
            Assert.Equal(Json(sqlite.FindArticle(id)), Json(shared.FindArticle(id)));
        foreach (var typed in new[] { "budgte", "meet", "storm", "" })
            Assert.Equal(Json(sqlite.ClosestArticles(typed, 5)), Json(shared.ClosestArticles(typed, 5)));
        Assert.Equal(sqlite.ArticleCount, shared.ArticleCount);
        Assert.NotEmpty(shared.Search("where did the ministers meet", 8));
        Assert.Equal(Json(sqlite.Search("where did the ministers meet", 8)), Json(shared.Search("where did the ministers meet", 8)));
        Assert.Equal(Json(sqlite.Search("budget vote", 8)), Json(shared.Search("budget vote", 8)));
    }

    [PostgresFact]
    public async Task An_article_holding_a_nul_character_is_stored_with_a_replacement_character_at_the_same_offsets()
    {
        using var host = new PostgresCore(await cluster.CreateDatabaseAsync());
        var index = host.Get<PassageIndex>();
        var odd = new Article("odd", "Odd\0 bytes", "A lighthouse keeper\0 counted forty ships passing the cape on Sunday.");

        Assert.Equal(StoreKind.Added, index.Store(odd, Split(odd), null).Kind);

        Assert.Equal(StoreKind.Unchanged, index.Store(odd, Split(odd), null).Kind);
        var hit = Assert.Single(index.Search("lighthouse keeper ships", 3));
        Assert.Equal("A lighthouse keeper\uFFFD counted forty ships passing the cape on Sunday.", hit.Passage.Text);
        Assert.Equal(hit.Passage.Text.Length, hit.Passage.End - hit.Passage.Start);
    }

    [PostgresFact]
    public async Task Writers_on_two_hosts_take_turns()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database);
        using var second = new PostgresCore(database);
        var firstBatch = first.Get<PassageIndex>().BeginBatch();
        firstBatch.Store(Meeting, Split(Meeting), null);

        var secondWrite = Task.Run(() => second.Get<PassageIndex>().Store(Budget, Split(Budget), null));
        await Eventually.TrueAsync(() => WaitingForLock(database), "the second host's write to wait for the writer lock");
        Assert.False(secondWrite.IsCompleted);
        firstBatch.Commit();

        Assert.Equal(StoreKind.Added, (await secondWrite.WaitAsync(TimeSpan.FromSeconds(20))).Kind);
        Assert.Equal([1L, 2L], await SchemaTests.ListAsync<long>(database, "SELECT seq FROM changes ORDER BY seq"));
        Assert.Equal(2, first.Get<PassageIndex>().ArticleCount);
    }

    internal static readonly Article Meeting = new("meeting", "Ministers meet in New Delhi",
        "The two foreign ministers met briefly on Thursday in New Delhi on the sidelines of the G-20.\n\nTheir talk lasted about ten minutes, officials said.",
        Published: new DateTimeOffset(2023, 3, 2, 12, 0, 0, TimeSpan.Zero), Source: "Wire");

    internal static readonly Article Budget = new("budget", "Budget passed",
        "Parliament passed the budget after a late-night vote on Tuesday.\n\nThe vote was 310 to 290.",
        Published: new DateTimeOffset(2023, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)), Url: "https://example.com/budget");

    internal static readonly Article Storm = new("storm", "storm warning",
        "A storm is expected to reach the coast on Friday night.\n\nSchools will close early.");

    internal static IReadOnlyList<Passage> Split(Article article) => PassageSplitter.Split(article);

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    private static bool WaitingForLock(string database) =>
        SchemaTests.ListAsync<long>(database, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").Result[0] > 0;
}
