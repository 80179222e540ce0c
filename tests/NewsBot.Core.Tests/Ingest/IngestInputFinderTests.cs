using NewsBot.Core.Ingest;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Ingest;

public sealed class IngestInputFinderTests
{
    [Fact]
    public void Folders_are_walked_in_order_skipping_hidden_readme_and_unknown_files()
    {
        using var temp = new TempDirectory();
        foreach (var name in (string[])["b/2.txt", "b/1.md", "a.json", ".hidden/x.txt", ".draft.txt", "README.txt", "notes/LICENSE.md", "x.docx"])
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.File(name))!);
            File.WriteAllText(temp.File(name), "x");
        }
        var inputs = new List<IngestInput>();
        var tally = new IngestTally();

        IngestInputFinder.Find(temp.Path, inputs, tally);

        Assert.Equal(["a", "b/1", "b/2"], inputs.Select(i => i.DefaultId));
        Assert.Equal(Path.GetFullPath(temp.File("b/1.md")), inputs[1].Origin);
        Assert.Equal((4, 0), (tally.ToReport().Skipped, tally.ToReport().Problems.Count));
    }

    [Fact]
    public void A_symbolic_link_back_up_the_tree_is_walked_once()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("sub"));
        File.WriteAllText(temp.File("sub/story.txt"), "x");
        Directory.CreateSymbolicLink(temp.File("sub/loop"), temp.Path);
        var inputs = new List<IngestInput>();

        IngestInputFinder.Find(temp.Path, inputs, new IngestTally());

        Assert.Equal(["sub/story"], inputs.Select(i => i.DefaultId));
    }

    [Fact]
    public void Urls_get_slug_ids_and_are_fetched_later()
    {
        var inputs = new List<IngestInput>();
        IngestInputFinder.Find("https://www.example.com/feeds/world.rss", inputs, new IngestTally());
        var input = Assert.Single(inputs);
        Assert.Equal(("example.com/feeds/world.rss", true), (input.DefaultId, input.IsUrl));
    }
}
