using NewsBot.Core.Articles;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Expands the paths given to an ingest into files and URLs: folders recursively in a stable (ordinal) order,
/// leaving out hidden entries, README/LICENSE-style files and unknown extensions (counted as skipped).
/// A file named directly is read whatever its name; an unknown extension there is a problem.
/// </summary>
internal static class IngestInputFinder
{
    // Files that travel with collections but are not articles (bbc/README.TXT).
    private static readonly HashSet<string> NotArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "readme", "license", "licence", "copying", "notice", "changelog", "changes", "authors", "contributors",
        "contributing", "code_of_conduct", "security", "history", "citation", "sha256sums", "md5sums",
    };

    /// <summary>Appends the inputs for <paramref name="path"/>; reports a missing or unusable path in <paramref name="tally"/>.</summary>
    public static void Find(string path, List<IngestInput> inputs, IngestTally tally)
    {
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (Uri.TryCreate(path, UriKind.Absolute, out var uri))
                inputs.Add(new IngestInput(path, uri.ToString(), ArticleIds.Slug(path), null));
            else
                tally.Problem(path, "not a valid URL");
            return;
        }
        if (Directory.Exists(path))
        {
            Walk(path, path, inputs, tally, new HashSet<string>(StringComparer.Ordinal));
            return;
        }
        if (!File.Exists(path))
        {
            tally.Problem(path, "no such file or folder");
            return;
        }
        var extension = Path.GetExtension(path);
        if (ArticleParser.FormatOf(extension) is { } format)
            inputs.Add(new IngestInput(path, Path.GetFullPath(path), Path.GetFileNameWithoutExtension(path), format));
        else
            tally.Problem(path, $"unsupported file type '{extension}' (supported: {SupportedExtensions})");
    }

    /// <summary>The extensions NewsBot reads, for messages and help.</summary>
    public const string SupportedExtensions = ".txt, .md, .html, .htm, .json, .jsonl, .xml, .rss, .atom";

    /// <summary>True for a name a folder walk leaves out: hidden, or README/LICENSE-style.</summary>
    public static bool IsNotArticle(string fileName) =>
        fileName.StartsWith('.') || NotArticles.Contains(Path.GetFileNameWithoutExtension(fileName));

    private static void Walk(string root, string folder, List<IngestInput> inputs, IngestTally tally, HashSet<string> visited)
    {
        // A symbolic link back up the tree must not make the walk endless.
        var real = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder);
        if (!visited.Add(real.TrimEnd(Path.DirectorySeparatorChar)))
            return;
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            tally.Problem(folder, $"unreadable folder: {e.Message}");
            tally.KeepUnder(folder);
            return;
        }
        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var format = ArticleParser.FormatOf(Path.GetExtension(file));
            if (format is null || IsNotArticle(Path.GetFileName(file)))
            {
                tally.Skip();
                continue;
            }
            var id = ArticleIds.FromRelativePath(Path.GetRelativePath(root, file));
            inputs.Add(new IngestInput(file, Path.GetFullPath(file), id, format));
        }
        foreach (var sub in folders)
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
                Walk(root, sub, inputs, tally, visited);
        }
    }
}
