using NewsBot.Core.Ingest;

namespace NewsBot.Core.Tests.Ingest;

/// <summary>What a folder sync keeps although this run did not see it: by the file (or folder) the article came from.</summary>
public sealed class IngestTallyTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "newsbot-tally", "articles");

    [Fact]
    public void A_file_that_failed_keeps_every_article_stored_from_it_and_nothing_else()
    {
        var tally = new IngestTally();
        tally.KeepFromOrigin(Path.Combine(Root, "b.jsonl"));

        Assert.True(tally.IsKept(Path.Combine(Root, "b.jsonl")));
        Assert.False(tally.IsKept(Path.Combine(Root, "b.jsonl2")));
        Assert.False(tally.IsKept(Path.Combine(Root, "a.md")));
    }

    [Fact]
    public void An_unlistable_folder_keeps_every_article_from_a_file_under_it_but_not_from_a_sibling_with_a_longer_name()
    {
        var tally = new IngestTally();
        tally.KeepUnder(Path.Combine(Root, "sport") + Path.DirectorySeparatorChar);

        Assert.True(tally.IsKept(Path.Combine(Root, "sport", "final.txt")));
        Assert.True(tally.IsKept(Path.Combine(Root, "sport", "2023", "cup.txt")));
        Assert.False(tally.IsKept(Path.Combine(Root, "sports", "final.txt")));
        Assert.False(tally.IsKept(Path.Combine(Root, "news.txt")));
    }
}
