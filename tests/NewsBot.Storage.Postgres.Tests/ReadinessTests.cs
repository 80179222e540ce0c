using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Testing;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>A host joining a shared catalog is ready only once its own index holds the catalog, and reports its lag.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReadinessTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task A_host_joining_a_large_collection_is_not_ready_until_its_index_is_built_then_is_0_changes_behind()
    {
        var database = await cluster.CreateDatabaseAsync();
        const int articles = 3_000, perArticle = 10; // 30,000 passages: past what an index takes in while opening (20,000)
        using (var writer = new PostgresCore(database))
        using (var batch = writer.Get<PassageIndex>().BeginBatch())
        {
            for (var a = 0; a < articles; a++)
            {
                var id = $"bulk-{a}";
                var text = string.Join(' ', Enumerable.Range(0, perArticle).Select(p => $"Report {a} part {p} names harbour{a}x{p}."));
                var passages = Enumerable.Range(0, perArticle)
                    .Select(p => new Passage(Passage.MakeId(id, p), id, p, 0, 10, $"Report {a} part {p} names harbour{a}x{p}.", id, null, null))
                    .ToList();
                batch.Store(new Article(id, $"Bulk report {a}", text), passages, null);
            }
            batch.Commit();
        }

        using var joining = new PostgresCore(database);
        var index = joining.Get<PassageIndex>();

        Assert.False(index.IsReady, $"ready at once, state {index.SearchIndexState}");
        await Eventually.TrueAsync(() => index.IsReady, "the joining host's index to be built", timeoutMs: 120_000);
        Assert.Equal(0, index.ChangesBehind());
        Assert.Equal("bulk-2999", Assert.Single(index.Search("harbour2999x9", 3)).Passage.ArticleId);
    }

    [PostgresFact]
    public async Task A_host_reports_the_changes_it_has_not_taken_in_until_it_takes_them_in()
    {
        var database = await cluster.CreateDatabaseAsync();
        // This host looks at the change log once a minute only, so the other host's writes wait for it.
        using var host = new PostgresCore(database, null, ("Index:PollSeconds", "60"));
        var index = host.Get<PassageIndex>();
        Assert.True(index.IsReady);
        Assert.Equal(0, index.ChangesBehind());
        using var other = new PostgresCore(database);
        var otherIndex = other.Get<PassageIndex>();

        otherIndex.Store(CatalogTests.Meeting, CatalogTests.Split(CatalogTests.Meeting), null);
        otherIndex.Store(CatalogTests.Budget, CatalogTests.Split(CatalogTests.Budget), null);
        otherIndex.Remove(["meeting"]);

        Assert.Equal(0, otherIndex.ChangesBehind());
        Assert.Equal(3, index.ChangesBehind());
        Assert.Empty(index.Search("budget vote", 3));
        index.WaitUntilSearchable();
        Assert.Equal(0, index.ChangesBehind());
        Assert.Equal("budget", Assert.Single(index.Search("budget vote", 3)).Passage.ArticleId);
        Assert.Empty(index.Search("ministers New Delhi", 3));
    }
}
