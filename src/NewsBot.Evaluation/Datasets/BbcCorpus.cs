using System.Text;
using NewsBot.Core.Articles;

namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// The BBC News full-text corpus (<c>bbc/&lt;topic&gt;/NNN.txt</c>: headline, blank line, body). One file
/// (<c>sport/199.txt</c>) is Latin-1, so invalid UTF-8 falls back to Latin-1.
/// </summary>
internal static class BbcCorpus
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<Article> Load(string folder)
    {
        var root = DatasetFile.RequireFolder(folder);
        return [.. Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Read)];
    }

    private static Article Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', 2);
        var id = $"bbc-{Path.GetFileName(Path.GetDirectoryName(file))}-{Path.GetFileNameWithoutExtension(file)}";
        return new Article(id, lines[0].Trim(), lines.Length > 1 ? lines[1].Trim() : "", Source: "BBC");
    }
}
