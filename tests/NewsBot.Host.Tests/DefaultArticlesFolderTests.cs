using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Index;
using NewsBot.Host.Cli;
using NewsBot.Host.Startup;
using NewsBot.Testing;

namespace NewsBot.Host.Tests;

/// <summary>The default articles folder goes only into the embedded default index, never into one a command names.</summary>
public sealed class DefaultArticlesFolderTests
{
    [Fact]
    public async Task An_index_named_without_articles_does_not_take_in_the_default_folder()
    {
        using var temp = new TempDirectory();
        // The sample folder stands where ./articles would: not named on the command line.
        var settings = new HostSettings(RepoPaths.SampleArticles, ArticlesGiven: false, temp.File("mine.db"));

        await using var services = await CliServices.BuildAsync(settings, syncArticles: true, CancellationToken.None);

        Assert.Equal(0, services.GetRequiredService<PassageIndex>().ArticleCount);
    }

    [Fact]
    public async Task Articles_named_explicitly_are_synced_into_the_named_index()
    {
        using var temp = new TempDirectory();
        var settings = new HostSettings(RepoPaths.SampleArticles, ArticlesGiven: true, temp.File("mine.db"));

        await using var services = await CliServices.BuildAsync(settings, syncArticles: true, CancellationToken.None);

        Assert.Equal(2, services.GetRequiredService<PassageIndex>().ArticleCount);
    }

    [Fact]
    public async Task Listing_a_named_index_without_articles_shows_only_what_it_holds()
    {
        using var temp = new TempDirectory();
        var index = temp.File("listing.db");
        var ingest = await CliRun.RunAsync("ingest", RepoPaths.SampleArticles, "--index", index);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var listing = await CliRun.RunAsync("articles", "--index", index);

        Assert.True(listing.ExitCode == 0, listing.ToString());
        Assert.Contains("2 articles", listing.Stdout, StringComparison.Ordinal);
    }
}
