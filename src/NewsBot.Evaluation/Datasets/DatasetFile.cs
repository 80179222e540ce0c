namespace NewsBot.Evaluation.Datasets;

/// <summary>Opens a dataset file or folder with an error that says where the datasets are expected.</summary>
internal static class DatasetFile
{
    public static FileStream Open(string path) =>
        File.Exists(path)
            ? File.OpenRead(path)
            : throw new FileNotFoundException($"Dataset file {path} not found (the datasets live in ../shared/datasets; see its README).", path);

    public static string RequireFolder(string path) =>
        Directory.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"Dataset folder {path} not found (the datasets live in ../shared/datasets; see its README).");

    /// <summary>JSON Lines: one object per non-blank line.</summary>
    public static IEnumerable<string> Lines(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
                yield return line;
        }
    }
}
