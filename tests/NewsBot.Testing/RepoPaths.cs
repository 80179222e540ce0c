namespace NewsBot.Testing;

/// <summary>Where the repository, its sample articles and the read-only <c>../shared</c> folder are.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding NewsBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample articles shipped with the product.</summary>
    public static string SampleArticles => Path.Combine(Root, "articles");

    /// <summary>The prompts folder.</summary>
    public static string Prompts => Path.Combine(Root, "prompts");

    /// <summary><c>../shared</c> beside the checkout (present in CI, maybe absent on a fresh clone).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under <c>../shared</c>.</summary>
    public static string InShared(string relative) => Path.Combine(Shared, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
