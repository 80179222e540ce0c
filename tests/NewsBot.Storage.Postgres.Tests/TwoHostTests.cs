using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Storage.Postgres.Tests;

/// <summary>
/// Several hosts, one collection: each host's core has its own folder (its own Lucene index) over one PostgreSQL
/// database, and what one host ingests the others answer from, through the change log.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoHostTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task What_one_host_ingests_the_other_answers_within_10_seconds_and_both_list()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database);
        using var second = new PostgresCore(database);
        Assert.NotEqual(first.Folder, second.Folder);
        var asked = second.Get<BotCommands>();
        Assert.True((await asked.AskAsync("where did Blinken and Lavrov meet?", null, CancellationToken.None)).Abstained);

        var report = await first.Get<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
        Assert.Equal(2, report.Added);

        await Eventually.TrueAsync(() => !asked.AskAsync("where did Blinken and Lavrov meet?", null, CancellationToken.None).Result.Abstained,
            "the second host to answer from the first host's articles", timeoutMs: 10_000);
        var reply = await asked.AskAsync("where did Blinken and Lavrov meet?", null, CancellationToken.None);
        Assert.Contains("New Delhi", reply.Answer, StringComparison.Ordinal);
        var listed = first.Get<BotCommands>().AllArticles().Items.Select(a => a.Id).ToList();
        Assert.Equal(2, listed.Count);
        Assert.Equal(listed, second.Get<BotCommands>().AllArticles().Items.Select(a => a.Id));
        Assert.NotEmpty(reply.Citations);
        Assert.All(reply.Citations, c => Assert.Contains(c.ArticleId, listed));
    }

    [PostgresFact]
    public async Task An_article_removed_on_one_host_leaves_the_other_hosts_index()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var first = new PostgresCore(database);
        using var second = new PostgresCore(database);
        first.Get<PassageIndex>().Store(CatalogTests.Meeting, CatalogTests.Split(CatalogTests.Meeting), null);
        first.Get<PassageIndex>().Store(CatalogTests.Budget, CatalogTests.Split(CatalogTests.Budget), null);
        var seen = second.Get<PassageIndex>();
        await Eventually.TrueAsync(() => seen.Search("ministers New Delhi", 5).Count > 0, "the second host to index the meeting", timeoutMs: 10_000);

        first.Get<PassageIndex>().Remove(["meeting"]);

        await Eventually.TrueAsync(() => seen.Search("ministers New Delhi", 5).All(h => h.Passage.ArticleId != "meeting"),
            "the second host to drop the removed article's passages", timeoutMs: 10_000);
        Assert.Equal(["budget"], seen.Search("budget vote", 5).Select(h => h.Passage.ArticleId).Distinct());
    }

    [PostgresFact]
    public async Task A_host_started_later_builds_its_index_from_the_catalog_before_its_first_answer()
    {
        var database = await cluster.CreateDatabaseAsync();
        using (var first = new PostgresCore(database))
            await first.Get<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);

        using var later = new PostgresCore(database);

        Assert.Equal("ready", later.Get<PassageIndex>().SearchIndexState);
        Assert.False((await later.Get<BotCommands>().AskAsync("where did Blinken and Lavrov meet?", null, CancellationToken.None)).Abstained);
    }

    [PostgresFact]
    public async Task The_connection_string_and_its_password_never_appear_in_the_logs()
    {
        const string password = "pg-secret-5b1f0c";
        var database = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Password = password }.ToString();
        using var logs = new LogLines();
        using (var host = new PostgresCore(database, logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)))
        {
            await host.Get<ArticleIngester>().IngestAsync([RepoPaths.SampleArticles], sync: false, CancellationToken.None);
            await host.Get<BotCommands>().AskAsync("where did they meet?", null, CancellationToken.None);
        }

        Assert.Contains(logs.Lines, line => line.Contains("PostgreSQL 127.0.0.1:", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(password, StringComparison.Ordinal) || line.Contains(database, StringComparison.Ordinal));
    }
}
