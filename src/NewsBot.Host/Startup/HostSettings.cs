namespace NewsBot.Host.Startup;

/// <summary>
/// What the command line says about where things are: the articles folder (and whether it was named explicitly,
/// which decides whether a missing folder is an error), the index file and, for <c>serve</c>, the URLs to bind.
/// </summary>
internal sealed record HostSettings(string ArticlesFolder, bool ArticlesGiven, string? IndexPath, string? Urls = null)
{
    /// <summary>The default articles folder, relative to the current directory.</summary>
    public const string DefaultArticlesFolder = "./articles";
}
