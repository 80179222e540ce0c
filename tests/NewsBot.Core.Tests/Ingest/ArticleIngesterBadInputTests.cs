using NewsBot.Core.Ingest;

namespace NewsBot.Core.Tests.Ingest;

/// <summary>Bad files are reported by name with the reason; every good file around them still ingests.</summary>
public sealed class ArticleIngesterBadInputTests : IDisposable
{
    private readonly IngestFixture _fixture = new();

    [Fact]
    public async Task Malformed_json_and_a_binary_file_among_good_files_are_each_reported_by_name()
    {
        _fixture.Write("a.txt", "Alpha\n\n" + IngestFixture.Story("alpha"));
        var malformed = _fixture.Write("broken.json", "{\"title\": \"Broken\", \"text\": \"never closed");
        _fixture.Write("m.txt", "Mid\n\n" + IngestFixture.Story("mid"));
        var binary = _fixture.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        _fixture.Write("z.md", "# Zulu\n\n" + IngestFixture.Story("zulu"));

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal(["a", "m", "z"], _fixture.StoredIds());
        Assert.Equal((3, 5), (report.Added, report.Files));
        Assert.Equal(2, report.Problems.Count);
        var json = Assert.Single(report.Problems, p => p.Path == malformed);
        Assert.StartsWith("malformed JSON at line 1", json.Reason);
        Assert.Equal("binary file (contains NUL bytes)", Assert.Single(report.Problems, p => p.Path == binary).Reason);
    }

    [Fact]
    public async Task An_empty_file_is_reported_and_the_rest_ingested()
    {
        var empty = _fixture.Write("empty.txt", "");
        var blank = _fixture.Write("blank.md", "  \n\n ");
        _fixture.Write("good.txt", "Good\n\n" + IngestFixture.Story("good"));

        var report = await _fixture.IngestAsync(_fixture.Articles);

        Assert.Equal(["good"], _fixture.StoredIds());
        Assert.Equal([new IngestProblem(blank, "empty file"), new IngestProblem(empty, "empty file (or not a regular file)")], report.Problems);
    }

    [Fact]
    public async Task A_device_or_a_fifo_in_the_folder_is_reported_without_reading_forever()
    {
        // A symlink to /dev/zero reported length 0 and was read to exhaustion; a FIFO blocked the ingest for good.
        var zero = Path.Combine(_fixture.Articles, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var fifo = Path.Combine(_fixture.Articles, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            await mkfifo.WaitForExitAsync();
        _fixture.Write("good.txt", "Good\n\n" + IngestFixture.Story("good"));

        var report = await _fixture.IngestAsync(_fixture.Articles).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["good"], _fixture.StoredIds());
        Assert.Equal(["pipe.txt", "zero.txt"], report.Problems.Select(p => Path.GetFileName(p.Path)).Order());
        Assert.All(report.Problems, p => Assert.Equal("empty file (or not a regular file)", p.Reason));
    }

    [Fact]
    public async Task A_json_record_without_text_is_reported_with_its_position()
    {
        var file = _fixture.Write("records.json", """[{"id": "ok", "text": "Has text."}, {"id": "bad", "title": "No text"}]""");
        var report = await _fixture.IngestAsync(_fixture.Articles);
        Assert.Equal(["ok"], _fixture.StoredIds());
        Assert.Equal([new IngestProblem(file, "record 2: no text (expected text, body or content)")], report.Problems);
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_and_the_rest_ingested()
    {
        var locked = _fixture.Write("locked.txt", "Locked\n\nSome text.");
        _fixture.Write("open.txt", "Open\n\n" + IngestFixture.Story("open"));
        // An exclusive lock stands in for missing permissions (tests may run as root, where chmod does not stop reads).
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var report = await _fixture.IngestAsync(_fixture.Articles);
            Assert.Equal(["open"], _fixture.StoredIds());
            var problem = Assert.Single(report.Problems);
            Assert.Equal(locked, problem.Path);
            Assert.StartsWith("unreadable:", problem.Reason);
        }
    }

    [Fact]
    public async Task A_missing_path_and_an_unsupported_file_named_directly_are_reported()
    {
        var missing = Path.Combine(_fixture.Articles, "nope");
        var pdf = _fixture.Write("paper.pdf", "%PDF-1.4");
        var good = _fixture.Write("good.txt", "Good\n\nGood text.");

        var report = await _fixture.IngestAsync(missing, pdf, good);

        Assert.Equal(["good"], _fixture.StoredIds());
        Assert.Equal(new IngestProblem(missing, "no such file or folder"), report.Problems[0]);
        Assert.Equal(pdf, report.Problems[1].Path);
        Assert.StartsWith("unsupported file type '.pdf'", report.Problems[1].Reason);
    }

    [Fact]
    public async Task A_feed_that_times_out_is_reported_and_the_files_still_ingest()
    {
        using var fixture = new IngestFixture(new IngestOptions { FetchTimeout = TimeSpan.FromMilliseconds(300) });
        await using var server = await LoopbackHttpServer.StartAsync(app =>
            Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapGet(app, "/slow.rss",
                async (Microsoft.AspNetCore.Http.HttpContext context) => await Task.Delay(10_000, context.RequestAborted)));
        fixture.Write("local.txt", "Local\n\nLocal text.");
        var url = server.Url("slow.rss").ToString();

        var report = await fixture.IngestAsync(url, fixture.Articles);

        Assert.Equal(["local"], fixture.StoredIds());
        Assert.Equal(new IngestProblem(url, "timed out after 0.3 s"), Assert.Single(report.Problems));
    }

    public void Dispose() => _fixture.Dispose();
}
