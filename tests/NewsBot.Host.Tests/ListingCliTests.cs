using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>
/// The listing verbs only read: an index that is not there is an error, not a new empty file; and what <c>ingest</c>
/// counts is what the listing shows, a duplicate story once with its other ids.
/// </summary>
public sealed class ListingCliTests : IDisposable
{
    private const string Harbour = "Harbour reopens after storm\n\nThe old harbour reopened on Monday after a week of repairs to the sea wall.\n";
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("articles")]
    [InlineData("article", "harbour")]
    public async Task A_listing_on_an_index_that_does_not_exist_says_so_and_creates_no_file(params string[] verb)
    {
        var index = _temp.File("NEW.db");

        var run = await CliRun.RunAsync([.. verb, "--index", index]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"No index at '{index}'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("newsbot ingest", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public async Task Ingest_counts_and_the_listing_agree_and_a_duplicate_is_listed_once_with_its_other_id()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "incoming")).FullName;
        File.WriteAllText(Path.Combine(folder, "harbour.txt"), Harbour);
        File.WriteAllText(Path.Combine(folder, "harbour-copy.txt"), Harbour);
        File.WriteAllText(Path.Combine(folder, "council.md"),
            "---\ntitle: Council approves new library\n---\nThe town council approved a new library on Tuesday, to open next spring.\n");
        var index = _temp.File("NEW.db");

        var ingest = await CliRun.RunAsync("ingest", folder, "--index", index);
        var json = await CliRun.RunAsync("articles", "--json", "--index", index);
        var text = await CliRun.RunAsync("articles", "--index", index);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.StartsWith("2 added, 0 updated, 0 unchanged, 1 duplicates", ingest.Stdout, StringComparison.Ordinal);
        var page = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("alsoAs").EnumerateArray().Select(a => a.GetString()).ToList());
        // Which of the two files is the story and which its duplicate depends on the order they were read.
        var harbour = Assert.Single(items.Keys, id => id.StartsWith("harbour", StringComparison.Ordinal));
        var other = harbour == "harbour" ? "harbour-copy" : "harbour";
        Assert.Equal(["council", harbour], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([other], items[harbour]);
        Assert.Empty(items["council"]);
        Assert.Contains($"(also as {other})", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 articles", text.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
