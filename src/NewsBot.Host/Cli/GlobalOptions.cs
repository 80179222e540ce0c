using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>Options every verb takes: <c>--articles DIR</c> (synced into the index at start) and <c>--index FILE</c>.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Articles { get; } = new("--articles")
    {
        Description = "Folder of articles synced into the index at start",
        DefaultValueFactory = _ => "./articles",
        Recursive = true,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "SQLite index file (default data/newsbot.db)",
        Recursive = true,
    };
}
