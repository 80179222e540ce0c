using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Index;

/// <summary>A real index file in a fresh temp folder, plus a simple paragraph splitter for test articles.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly TempDirectory _folder = new();

    public TestIndex()
    {
        Path = _folder.File("data/newsbot.db");
        Index = Open(Path);
    }

    public string Path { get; }

    public string Folder => _folder.Path;

    public PassageIndex Index { get; private set; }

    public static PassageIndex Open(string path) =>
        new(Options.Create(new IndexOptions { Path = path }), NullLogger<PassageIndex>.Instance);

    /// <summary>Stores articles built from (id, title, text), one passage per paragraph.</summary>
    public TestIndex With(params (string Id, string Title, string Text)[] articles)
    {
        foreach (var (id, title, text) in articles)
        {
            var article = new Article(id, title, text);
            Index.Store(article, Paragraphs(article), null);
        }
        return this;
    }

    /// <summary>Passages that are exact slices of the article text, one per blank-line-separated paragraph.</summary>
    public static IReadOnlyList<Passage> Paragraphs(Article article)
    {
        var passages = new List<Passage>();
        var text = article.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
                end = text.Length;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
                e--;
            if (e > s)
            {
                var ordinal = passages.Count;
                passages.Add(new Passage(Passage.MakeId(article.Id, ordinal), article.Id, ordinal, s, e, text[s..e],
                    article.Title, article.Url, article.Published));
            }
            start = end + 2;
        }
        return passages;
    }

    /// <summary>A sample article from <c>articles/</c>: first non-empty line is the title, the rest the text.</summary>
    public static Article SampleArticle(string id)
    {
        var content = File.ReadAllText(System.IO.Path.Combine(RepoPaths.SampleArticles, id + ".txt")).Replace("\r\n", "\n");
        var trimmed = content.TrimStart();
        var newline = trimmed.IndexOf('\n');
        return new Article(id, trimmed[..newline].Trim(), trimmed[(newline + 1)..].Trim());
    }

    public void Reopen()
    {
        Index.Dispose();
        Index = Open(Path);
    }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
