using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsBot.Core.Tests.Articles;

namespace NewsBot.Core.Tests.Ingest;

/// <summary>Re-ingest, change, sync and duplicates against a real index file.</summary>
public sealed class ArticleIngesterLifecycleTests : IDisposable
{
    private readonly IngestFixture _fixture = new();

    [Fact]
    public async Task Re_ingesting_unchanged_content_writes_nothing()
    {
        _fixture.Write("a.txt", "Alpha\n\n" + IngestFixture.Story("alpha"));
        _fixture.Write("b.json", """[{"id": "b1", "text": "Bravo one."}, {"id": "b2", "text": "Bravo two."}]""");
        var first = await _fixture.IngestAsync(_fixture.Articles);

        var second = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal((3, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 0, 3, 0, 0), (second.Added, second.Updated, second.Unchanged, second.Passages, second.Removed));
        Assert.Equal(3, _fixture.Index.ArticleCount);
    }

    [Fact]
    public async Task Changed_content_replaces_the_articles_passages()
    {
        var path = _fixture.Write("news.txt", "Headline\n\nThe minister visited Paris on Monday.");
        await _fixture.IngestAsync(_fixture.Articles);
        File.WriteAllText(path, "Headline\n\nThe minister visited Lisbon on Tuesday.");

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal((0, 1, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Empty(_fixture.Index.Search("Paris", 5));
        var hit = Assert.Single(_fixture.Index.Search("Lisbon", 5));
        Assert.Equal("The minister visited Lisbon on Tuesday.", hit.Passage.Text);
        Assert.Equal(1, _fixture.Index.FindArticle("news")!.PassageCount);
    }

    [Fact]
    public async Task Sync_removes_articles_whose_files_are_gone_and_plain_ingest_does_not()
    {
        _fixture.Write("keep.txt", "Keep\n\n" + IngestFixture.Story("keep"));
        var gone = _fixture.Write("sub/gone.txt", "Gone\n\n" + IngestFixture.Story("gone"));
        await _fixture.IngestAsync(_fixture.Articles);
        File.Delete(gone);

        var plain = await _fixture.IngestAsync(_fixture.Articles);
        Assert.Equal(0, plain.Removed);
        Assert.Equal(["keep", "sub/gone"], _fixture.StoredIds());

        var synced = await _fixture.SyncAsync(_fixture.Articles);
        Assert.Equal((1, 1), (synced.Removed, synced.Unchanged));
        Assert.Equal(["keep"], _fixture.StoredIds());
        Assert.DoesNotContain(_fixture.Index.Search("gone report", 5), hit => hit.Passage.ArticleId == "sub/gone");
    }

    [Fact]
    public async Task Sync_keeps_articles_whose_files_exist_but_fail_to_read_this_time()
    {
        var path = _fixture.Write("story.json", """{"title": "Story", "text": "A story that will break."}""");
        await _fixture.IngestAsync(_fixture.Articles);
        File.WriteAllText(path, "{ broken");

        var report = await _fixture.SyncAsync(_fixture.Articles);

        Assert.Equal(0, report.Removed);
        Assert.Single(report.Problems);
        Assert.Equal(["story"], _fixture.StoredIds());
    }

    [Fact]
    public async Task Sync_keeps_articles_with_ids_of_their_own_from_a_file_that_breaks_or_has_a_bad_record()
    {
        // Ids from the content (front matter, JSON record ids) are not the file's default id: a half-saved edit must
        // not make a sync delete them.
        var story = _fixture.Write("a.md", "---\nid: custom-story\ntitle: Story\n---\n" + IngestFixture.Story("custom"));
        var records = _fixture.Write("b.jsonl",
            """{"id": "rec-one", "title": "One", "text": "The first record's text."}""" + "\n" +
            """{"id": "rec-two", "title": "Two", "text": "The second record's text."}""" + "\n");
        await _fixture.SyncAsync(_fixture.Articles);
        Assert.Equal(["custom-story", "rec-one", "rec-two"], _fixture.StoredIds());

        File.WriteAllText(story, "---\nid: custom-story\ntitle: [unclosed\n---\n" + IngestFixture.Story("custom"));
        File.WriteAllText(records, """{"id": "rec-one", "title": "One", "text": "The first record's text."}""" + "\n" + """{"id": "rec-two", "ti""" + "\n");
        var broken = await _fixture.SyncAsync(_fixture.Articles);

        Assert.Equal(0, broken.Removed);
        Assert.Equal(2, broken.Problems.Count);
        Assert.Equal(["custom-story", "rec-one", "rec-two"], _fixture.StoredIds());

        // Once the file reads cleanly without a record, that record does go.
        File.WriteAllText(records, """{"id": "rec-one", "title": "One", "text": "The first record's text."}""" + "\n");
        var mended = await _fixture.SyncAsync(_fixture.Articles);
        Assert.Equal(1, mended.Removed);
        Assert.DoesNotContain("rec-two", _fixture.StoredIds());
    }

    [Fact]
    public async Task The_same_relative_path_in_another_folder_is_a_reported_conflict_not_an_overwrite()
    {
        _fixture.Write("a.txt", "Delhi talks\n\n" + IngestFixture.Story("delhi"));
        var other = Path.Combine(Path.GetDirectoryName(_fixture.Articles)!, "other");
        Directory.CreateDirectory(other);
        var otherFile = Path.Combine(other, "a.txt");
        File.WriteAllText(otherFile, "Mumbai talks\n\n" + IngestFixture.Story("mumbai"));
        await _fixture.SyncAsync(_fixture.Articles);

        var clash = await _fixture.IngestAsync(other);

        Assert.Equal(0, clash.Updated);
        var problem = Assert.Single(clash.Problems);
        Assert.Equal(otherFile, problem.Path);
        Assert.Contains("id 'a' is already used by " + Path.Combine(_fixture.Articles, "a.txt"), problem.Reason, StringComparison.Ordinal);
        Assert.Equal("Delhi talks", _fixture.Index.FindArticle("a")!.Title);
        Assert.Equal(1, (await _fixture.SyncAsync(_fixture.Articles)).Unchanged);

        // Once the first file is gone (a moved folder), the other one takes the id over as before.
        File.Delete(Path.Combine(_fixture.Articles, "a.txt"));
        Assert.Equal(1, (await _fixture.IngestAsync(other)).Updated);
        Assert.Equal("Mumbai talks", _fixture.Index.FindArticle("a")!.Title);
    }

    [Fact]
    public async Task Sync_leaves_articles_from_other_folders_alone()
    {
        var other = Path.Combine(_fixture.Articles, "..", "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "elsewhere.txt"), "Elsewhere\n\nFrom another folder.");
        await _fixture.IngestAsync(other);
        _fixture.Write("here.txt", "Here\n\nIn this folder.");

        var report = await _fixture.SyncAsync(_fixture.Articles);

        Assert.Equal(0, report.Removed);
        Assert.Equal(["elsewhere", "here"], _fixture.StoredIds());
    }

    [Fact]
    public async Task The_same_text_under_two_ids_is_stored_once_and_reported_as_duplicate()
    {
        var text = "Same headline\n\n" + IngestFixture.Story("copied");
        _fixture.Write("first.txt", text);
        _fixture.Write("second.txt", text);

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal(["first", "second"], _fixture.StoredIds());
        Assert.Equal(1, report.Added);
        Assert.Equal(["second (same text as first)"], report.Duplicates);
        var story = Assert.Single(_fixture.Index.ListArticles(1, 10, null).Items);
        Assert.Equal(("first", "second"), (story.Id, Assert.Single(story.AlsoAs)));
        Assert.All(_fixture.Index.Search("copied", 10), hit => Assert.Equal("first", hit.Passage.ArticleId));
    }

    [Fact]
    public async Task Sync_after_the_first_copy_is_deleted_keeps_the_duplicate_answering()
    {
        var text = "Same headline\n\n" + IngestFixture.Story("copied");
        var first = _fixture.Write("first.txt", text);
        _fixture.Write("second.txt", text);
        await _fixture.SyncAsync(_fixture.Articles);

        File.Delete(first);
        var report = await _fixture.SyncAsync(_fixture.Articles);

        Assert.Equal(1, report.Removed);
        Assert.Equal(["second"], _fixture.StoredIds());
        Assert.NotEmpty(_fixture.Index.Search("copied", 10));
        Assert.All(_fixture.Index.Search("copied", 10), hit => Assert.Equal("second", hit.Passage.ArticleId));
    }

    [Fact]
    public async Task The_same_id_twice_in_one_run_keeps_the_first_and_reports_the_other()
    {
        _fixture.Write("story.md", "# Story\n\nThe markdown version.");
        var txt = _fixture.Write("story.txt", "Story\n\nA different plain text version.");
        _fixture.Write("x.jsonl", "{\"id\": \"r\", \"text\": \"Repeated record.\"}\n{\"id\": \"r\", \"text\": \"Repeated record.\"}\n");

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal(["r", "story"], _fixture.StoredIds());
        Assert.Contains("markdown", _fixture.Index.FindArticle("story")!.OpeningPassage);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(txt, problem.Path);
        Assert.StartsWith("id 'story' is already used by", problem.Reason);
        Assert.Single(report.Duplicates, d => d.StartsWith("r (read again from", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feed_url_served_over_loopback_http_is_ingested_with_the_url_as_origin()
    {
        var requests = 0;
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/feeds/world.rss", () =>
        {
            Interlocked.Increment(ref requests);
            return Results.Text(FeedArticleReaderTests.Rss, "application/rss+xml", Encoding.UTF8);
        }));
        var url = server.Url("feeds/world.rss").ToString();

        var report = await _fixture.IngestAsync(url);
        var again = await _fixture.IngestAsync(url);

        Assert.Equal((2, 1), (report.Added, report.Problems.Count));
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(2, requests);
        Assert.Contains("example.com/world/talks", _fixture.StoredIds());
        Assert.Equal("Example World News", _fixture.Index.FindArticle("example.com/world/talks")!.Source);
    }

    [Fact]
    public async Task An_html_page_url_becomes_one_article_with_a_slug_id()
    {
        await using var server = await LoopbackHttpServer.StartAsync(app => app.MapGet("/world/story.html", () => Results.Content(
            "<html><head><title>Story</title></head><body><article><p>The page text is here.</p></article></body></html>", "text/html")));
        var url = server.Url("world/story.html").ToString();

        await _fixture.IngestAsync(url);

        var id = NewsBot.Core.Articles.ArticleIds.Slug(url);
        var article = _fixture.Index.FindArticle(id);
        Assert.NotNull(article);
        Assert.Equal(("Story", url), (article.Title, article.Url));
    }

    public void Dispose() => _fixture.Dispose();
}
