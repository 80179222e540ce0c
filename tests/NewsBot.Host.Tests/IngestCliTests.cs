using System.Text.Json;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary><c>ingest</c>: bad files are reported by name with a reason, everything good around them is ingested.</summary>
public sealed class IngestCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Malformed_json_and_binary_files_are_reported_by_name_and_the_rest_ingests()
    {
        var folder = Path.Combine(_temp.Path, "incoming");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "harbour.txt"),
            "Harbour reopens after storm\n\nThe old harbour reopened on Monday after a week of repairs to the sea wall.\n");
        File.WriteAllText(Path.Combine(folder, "council.md"),
            "---\ntitle: Council approves new library\n---\nThe town council approved a new library on Tuesday, to open next spring.\n");
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"title\": \"Half an object\", \"text\": ");
        File.WriteAllBytes(Path.Combine(folder, "garbage.txt"), [0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);

        var index = _temp.File("newsbot.db");
        var empty = Directory.CreateDirectory(Path.Combine(_temp.Path, "no-articles")).FullName;
        var run = await CliRun.RunAsync("ingest", folder, "--articles", empty, "--index", index);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("2 added", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 problems", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.json", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("garbage.txt", run.Stderr, StringComparison.Ordinal);

        var listing = await CliRun.RunAsync("articles", "--json", "--articles", empty, "--index", index);
        var ids = JsonDocument.Parse(listing.Stdout).RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["council", "harbour"], ids!);
    }

    [Fact]
    public async Task Ingesting_the_sample_articles_again_changes_nothing()
    {
        var index = _temp.File("newsbot.db");
        var empty = Directory.CreateDirectory(Path.Combine(_temp.Path, "no-articles")).FullName;
        var first = await CliRun.RunAsync("ingest", RepoPaths.SampleArticles, "--articles", empty, "--index", index);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("2 added", first.Stdout, StringComparison.Ordinal);

        var again = await CliRun.RunAsync("ingest", RepoPaths.SampleArticles, "--articles", empty, "--index", index);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("0 added, 0 updated, 2 unchanged", again.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
