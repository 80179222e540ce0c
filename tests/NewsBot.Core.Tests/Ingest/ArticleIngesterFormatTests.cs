using System.Text;
using NewsBot.Core.Tests.Articles;

namespace NewsBot.Core.Tests.Ingest;

/// <summary>Every supported format through the whole ingest into a real index file.</summary>
public sealed class ArticleIngesterFormatTests : IDisposable
{
    private readonly IngestFixture _fixture = new();

    [Fact]
    public async Task A_folder_of_every_format_is_ingested_with_ids_from_paths_records_and_links()
    {
        _fixture.Write("business/001.txt", "Markets rally\n\n" + IngestFixture.Story("markets"));
        _fixture.Write("notes/g20.md", "---\nid: g20-talks\ntitle: Talks\npublished: 2023-03-02\n---\n" + IngestFixture.Story("talks"));
        _fixture.Write("web/page.html", "<html><head><title>Page</title></head><body><nav>Menu</nav><article><p>"
            + IngestFixture.Story("web") + "</p></article></body></html>");
        _fixture.Write("dumps/one.json", """{"title": "One", "text": "The single record says one thing. It says it twice."}""");
        _fixture.Write("dumps/many.json", """[{"id": "m1", "text": "First of many."}, {"id": "m2", "text": "Second of many."}]""");
        _fixture.Write("dumps/lines.jsonl", "{\"id\": \"l1\", \"text\": \"Line one text.\"}\n{\"id\": \"l2\", \"body\": \"Line two text.\"}\n");
        _fixture.Write("feeds/world.rss", FeedArticleReaderTests.Rss);
        _fixture.Write("feeds/budget.atom", FeedArticleReaderTests.Atom);
        _fixture.Write("README.md", "# About this folder");
        _fixture.Write("LICENSE", "All rights reserved.");
        _fixture.Write("photo.jpg", "not an article");

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal(
            ["business/001", "dumps/one", "example.com/world/talks", "example.org/2023/budget", "feeds/world/2",
             "g20-talks", "l1", "l2", "m1", "m2", "urn-uuid-1225c695-cfb8-4ebb-aaaa-80da344efa6a", "web/page"],
            _fixture.StoredIds());
        Assert.Equal((12, 0, 0, 0, 8, 3), (report.Added, report.Updated, report.Unchanged, report.Removed, report.Files, report.Skipped));
        Assert.Equal(["item 3: no text (no description or content)"], report.Problems.Select(p => p.Reason));
        Assert.True(report.Passages >= report.Added);
        Assert.Equal("Talks", _fixture.Index.FindArticle("g20-talks")!.Title);
    }

    [Fact]
    public async Task A_file_named_directly_takes_its_file_name_as_id()
    {
        var report = await _fixture.IngestAsync(Path.Combine(NewsBot.Testing.RepoPaths.SampleArticles, "000_6a9e5e658e7f90a5.txt"));
        Assert.Equal(1, report.Added);
        Assert.Equal(["000_6a9e5e658e7f90a5"], _fixture.StoredIds());
        Assert.Contains(_fixture.Index.Search("where did they meet", 3), hit => hit.Passage.Text.Contains("New Delhi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sample_articles_folder_gives_ids_equal_to_file_names()
    {
        var report = await _fixture.IngestAsync(NewsBot.Testing.RepoPaths.SampleArticles);
        Assert.Equal((2, 0), (report.Added, report.Problems.Count));
        Assert.Equal(["000_6a9e5e658e7f90a5", "004_97ff55d69b32dccd"], _fixture.StoredIds());
    }

    [Fact]
    public async Task A_latin1_file_is_decoded_and_stored_verbatim()
    {
        _fixture.WriteBytes("sport/199.txt", Encoding.Latin1.GetBytes("Chelsea sack Mutu\n\nMutu, a £15.8m signing from Parma, was sacked."));
        await _fixture.IngestAsync(_fixture.Articles);
        var hit = Assert.Single(_fixture.Index.Search("Mutu signing Parma", 5));
        Assert.Equal("Mutu, a £15.8m signing from Parma, was sacked.", hit.Passage.Text);
    }

    [Fact]
    public async Task Passages_stored_by_ingest_are_exact_slices_with_provenance()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 8).Select(i => IngestFixture.Story("topic" + i, 5)));
        _fixture.Write("long.md", "---\ntitle: Long one\nurl: https://example.com/long\npublished: 2024-01-02\n---\n" + text);
        await _fixture.IngestAsync(_fixture.Articles);
        var hits = _fixture.Index.Search("topic3 report", 8);
        Assert.NotEmpty(hits);
        foreach (var passage in hits.Select(h => h.Passage))
        {
            Assert.Equal(text[passage.Start..passage.End], passage.Text);
            Assert.Equal(("long", "Long one", "https://example.com/long"), (passage.ArticleId, passage.Title, passage.Url));
        }
        Assert.True(_fixture.Index.FindArticle("long")!.PassageCount > 1);
    }

    public void Dispose() => _fixture.Dispose();
}
