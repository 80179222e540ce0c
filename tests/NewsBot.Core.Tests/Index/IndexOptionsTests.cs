using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests.Index;

/// <summary>Index settings are checked when the core is built, naming the setting, not when the first search fails.</summary>
public sealed class IndexOptionsTests
{
    [Theory]
    [InlineData("Index:PollSeconds", "0", "Index:PollSeconds")]
    [InlineData("Index:PollSeconds", "600", "Index:PollSeconds")]
    [InlineData("Index:Path", " ", "Index:Path")]
    public void OutOfRangeSetting_IsRefused_NamingIt(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsBotCore().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IndexOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LuceneFolder_IsBesideTheCatalog_NamedAfterIt() =>
        Assert.Equal(Path.GetFullPath("data/newsbot.lucene"), IndexOptions.LuceneFolder("data/newsbot.db"));
}
