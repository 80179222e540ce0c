using System.CommandLine;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Cli;

/// <summary>Options every verb takes: <c>--articles DIR</c> (synced into the index at start) and <c>--index FILE</c>.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Articles { get; } = new("--articles")
    {
        Description = "Folder of articles synced into the index at start",
        DefaultValueFactory = _ => HostSettings.DefaultArticlesFolder,
        Recursive = true,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "SQLite index file (default data/newsbot.db; setting Index:Path)",
        Recursive = true,
    };

    /// <summary>What these options say, for the service builder and the web host.</summary>
    public HostSettings Read(ParseResult parse, string? urls = null)
    {
        var articles = parse.GetResult(Articles);
        return new HostSettings(
            parse.GetValue(Articles) ?? HostSettings.DefaultArticlesFolder,
            ArticlesGiven: articles is { Implicit: false },
            IndexPath: parse.GetValue(Index),
            Urls: urls);
    }
}
