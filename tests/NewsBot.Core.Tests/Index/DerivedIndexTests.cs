using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using CoreIndexOptions = NewsBot.Core.Index.IndexOptions;

namespace NewsBot.Core.Tests.Index;

/// <summary>
/// The Lucene passage index is derived from the SQLite catalog: rebuilt when missing, unreadable or built by another
/// analysis; one process holds its writer and indexes what another process writes to the catalog; a schema-4 file
/// (FTS5 beside the catalog) and a schema-5 file (a log row per added passage) open with their articles.
/// </summary>
public sealed class DerivedIndexTests : IDisposable
{
    private readonly TestIndex _index = new();

    private string LuceneFolder => CoreIndexOptions.LuceneFolder(_index.Path);

    [Fact]
    public void MissingLuceneFolder_IsRebuiltFromTheCatalog()
    {
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."));
        _index.Index.Dispose();
        System.IO.Directory.Delete(LuceneFolder, recursive: true);

        using var reopened = TestIndex.Open(_index.Path);

        Assert.Equal("narwhal", Assert.Single(reopened.Search("narwhal harbour", 5)).Passage.ArticleId);
    }

    [Fact]
    public void CorruptLuceneFiles_AreRebuiltFromTheCatalog()
    {
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."));
        _index.Index.Dispose();
        foreach (var file in System.IO.Directory.GetFiles(LuceneFolder))
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);

        using var reopened = TestIndex.Open(_index.Path);

        Assert.Equal("narwhal", Assert.Single(reopened.Search("narwhal harbour", 5)).Passage.ArticleId);
    }

    [Fact]
    public void IndexBuiltByAnotherAnalysis_IsRebuilt_KeepingNothingOfIt()
    {
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."));
        _index.Index.Dispose();
        // Another version's index: a passage the catalog does not have, and another analysis named in its commit.
        using (var directory = FSDirectory.Open(LuceneFolder))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Standard.StandardAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument([new StringField("key", "999", Field.Store.NO), new NumericDocValuesField("key", 999), new TextField("all", "zebra crossing", Field.Store.NO)]);
            writer.SetCommitData(new Dictionary<string, string> { ["analysis"] = "some-older-analysis" });
            writer.Commit();
        }

        using var reopened = TestIndex.Open(_index.Path);

        Assert.Empty(reopened.Search("zebra crossing", 5));
        Assert.Equal("narwhal", Assert.Single(reopened.Search("narwhal", 5)).Passage.ArticleId);
    }

    [Fact]
    public void SecondProcess_WritesTheCatalog_AndTheWriterIndexesItWithinAPoll()
    {
        _index.Index.Dispose();
        using var host = Open(pollSeconds: 0.1);
        using var cli = Open(pollSeconds: 0.1);
        var article = new Article("walrus", "Walrus naps", "A walrus slept on the pier all afternoon.");

        cli.Store(article, TestIndex.Paragraphs(article), null);

        Assert.Equal("ready", host.SearchIndexState);
        Assert.Equal("following", cli.SearchIndexState);
        Assert.True(SpinWait.SpinUntil(() => host.Search("walrus pier", 5).Count == 1 && cli.Search("walrus pier", 5).Count == 1, TimeSpan.FromSeconds(10)),
            "the host's writer should index the other process's article, and both should find it");
    }

    [Fact]
    public void ChangesTheIndexCommitted_AreForgotten_AndLaterChangesStillArrive()
    {
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."));
        Assert.Equal(0L, LogRows());

        _index.With(("walrus", "Walrus naps", "A walrus slept on the pier all afternoon."));
        _index.Index.Remove(["narwhal"]);
        _index.Reopen();

        Assert.Empty(_index.Index.Search("narwhal", 5));
        Assert.Single(_index.Index.Search("walrus pier", 5));
        Assert.Equal(0L, LogRows());
    }

    [Fact]
    public void WhenTheWriterCloses_TheFollowerTakesItOver()
    {
        _index.Index.Dispose();
        var host = Open(pollSeconds: 0.1);
        using var cli = Open(pollSeconds: 0.1);
        host.Dispose();

        Assert.True(SpinWait.SpinUntil(() => cli.SearchIndexState == "ready", TimeSpan.FromSeconds(10)));
        var article = new Article("walrus", "Walrus naps", "A walrus slept on the pier all afternoon.");
        cli.Store(article, TestIndex.Paragraphs(article), null);
        Assert.Single(cli.Search("walrus pier", 5));
    }

    [Fact]
    public void CatalogWrittenButNeverIndexed_IsIndexedAtTheNextOpen()
    {
        // An ingest that committed to the catalog and was killed before indexing: the next start catches up.
        _index.Index.Dispose();
        var host = Open(pollSeconds: 60);
        var cli = Open(pollSeconds: 60);
        var article = new Article("walrus", "Walrus naps", "A walrus slept on the pier all afternoon.");
        cli.Store(article, TestIndex.Paragraphs(article), null);
        cli.Dispose();
        host.Dispose();

        using var next = TestIndex.Open(_index.Path);

        Assert.Single(next.Search("walrus pier", 5));
    }

    [Fact]
    public void AddedPassages_WriteNoChangeLogRows_AndAreIndexedByTheWriter()
    {
        // A bulk load appends no log row per passage: the writer takes in the keys above the highest it holds.
        _index.Index.Dispose();
        using var host = Open(pollSeconds: 60);
        using (var cli = Open(pollSeconds: 60))
        {
            var article = new Article("walrus", "Walrus naps", "A walrus slept on the pier all afternoon.\n\nIt left at dusk.");
            cli.Store(article, TestIndex.Paragraphs(article), null);
        }

        Assert.Equal(0L, LogRows());
        host.WaitUntilSearchable();
        Assert.Equal(0, host.Search("pier afternoon", 5)[0].Passage.Ordinal);
        Assert.Equal(1, host.Search("dusk", 5)[0].Passage.Ordinal);
    }

    [Fact]
    public void ArticleStoredAfterTheNewestWasRemoved_IsIndexed_ItsKeysNeverReused()
    {
        // Removing the article with the highest passage keys must not hand those keys out again: the index has them
        // as removed, and would take a reused key for one it already holds.
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."));
        _index.Index.Remove(["narwhal"]);
        _index.Reopen();

        _index.With(("walrus", "Walrus naps", "A walrus slept on the pier all afternoon."));

        Assert.Equal("walrus", Assert.Single(_index.Index.Search("walrus pier", 5)).Passage.ArticleId);
        Assert.Empty(_index.Index.Search("narwhal", 5));
        Assert.Equal(2L, Scalar(_index.Path, "SELECT key FROM passages"));
    }

    [Fact]
    public void RemovedArticle_LeavesTheIndex()
    {
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."), ("walrus", "Walrus naps", "A walrus slept in the harbour."));

        _index.Index.Remove(["narwhal"]);

        Assert.Empty(_index.Index.Search("narwhal", 5));
        using var directory = FSDirectory.Open(LuceneFolder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public void Passages_HoldNoKeyTerm_AndARemovedOneIsFoundByItsKeyDocValue()
    {
        // A unique term per passage made every flush and merge write a term dictionary as large as the index.
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."), ("walrus", "Walrus naps", "A walrus slept in the harbour."));

        _index.Index.Remove(["narwhal"]);

        using var directory = FSDirectory.Open(LuceneFolder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Null(MultiFields.GetTerms(reader, "key"));
        Assert.Equal(1, reader.NumDocs);
        Assert.Equal("walrus", Assert.Single(_index.Index.Search("harbour", 5)).Passage.ArticleId);
    }

    [Fact]
    public void IndexWrittenWithKeyTerms_KeepsItsPassages_AndStillHasThemReplacedAndRemoved()
    {
        // An index of the version before: the same documents, each also holding its key as a term. It is not rebuilt
        // (same analysis), and deletes find its documents by doc value as they find new ones.
        _index.With(("narwhal", "Narwhal seen", "A narwhal was seen in the harbour on Tuesday."), ("walrus", "Walrus naps", "A walrus slept in the harbour."));
        _index.Index.Dispose();
        WriteWithKeyTerms();

        using (var reopened = TestIndex.Open(_index.Path))
        {
            Assert.Equal(2, reopened.Search("harbour", 5).Count);
            reopened.Remove(["narwhal"]);
            var article = new Article("walrus", "Walrus naps twice", "A walrus slept in the harbour.");
            reopened.Store(article, TestIndex.Paragraphs(article), null);

            var hit = Assert.Single(reopened.Search("harbour", 5));
            Assert.Equal("walrus", hit.Passage.ArticleId);
            Assert.Single(reopened.Search("twice", 5));
        }
        using var directory = FSDirectory.Open(LuceneFolder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    /// <summary>Rewrites the Lucene index as the previous version wrote it: a key term beside the key doc value.</summary>
    private void WriteWithKeyTerms()
    {
        var rows = new List<(long Key, string Title, string Text)>();
        using (var connection = new SqliteConnection($"Data Source={_index.Path};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT p.key, a.title, p.text FROM passages p JOIN articles a ON a.key = p.article_key";
            using var read = command.ExecuteReader();
            while (read.Read())
                rows.Add((read.GetInt64(0), read.GetString(1), read.GetString(2)));
        }
        var text = new FieldType { IsIndexed = true, IsTokenized = true, IsStored = false, IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
        var key = new FieldType { IsIndexed = true, IsTokenized = false, IsStored = false, OmitNorms = true, IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY };
        using var directory = FSDirectory.Open(LuceneFolder);
        using var analyzer = new NewsBot.Core.Language.PassageAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer));
        var data = new Dictionary<string, string>(writer.CommitData);
        writer.DeleteAll();
        foreach (var (passageKey, title, passage) in rows)
        {
            writer.AddDocument([new Field("key", passageKey.ToString(System.Globalization.CultureInfo.InvariantCulture), key), new NumericDocValuesField("key", passageKey),
                new Field("title", title, text), new Field("all", title, text), new Field("all", passage, text)]);
        }
        writer.SetCommitData(data);
        writer.Commit();
        using var reader = DirectoryReader.Open(writer, true);
        Assert.NotNull(MultiFields.GetTerms(reader, "key"));
    }

    [Fact]
    public void SchemaFourFile_WithFts5Tables_OpensWithItsArticles_AndNoFts5TableRemains()
    {
        var path = OldFile("old.db", """
                CREATE VIRTUAL TABLE passage_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE passage_terms USING fts5vocab(passage_fts, row);
                CREATE TABLE index_stats(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO index_stats VALUES('passages', 1), ('chars', 44);
                INSERT INTO articles VALUES(1, 'narwhal', 'narwhal', 'Narwhal seen', NULL, NULL, NULL, NULL, 'h1', 'h2', NULL, 'narwhal narwhal seen', NULL);
                INSERT INTO passages VALUES(1, 1, 0, 0, 44, 'A narwhal was seen in the harbour on Tuesday.');
                INSERT INTO passage_fts(rowid, title, body) VALUES(1, 'Narwhal seen', 'A narwhal was seen in the harbour on Tuesday.');
                PRAGMA user_version=4;
                """);

        using (var opened = TestIndex.Open(path))
        {
            Assert.Equal(1, opened.ArticleCount);
            Assert.Equal("narwhal", Assert.Single(opened.Search("narwhal harbour", 5)).Passage.ArticleId);
        }
        using var check = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name LIKE 'passage_fts%' OR name = 'passage_terms' OR sql LIKE '%fts5%'";
        Assert.Equal(0L, (long)tables.ExecuteScalar()!);
    }

    [Fact]
    public void SchemaFiveFile_WithALogRowPerPassage_OpensWithItsArticles_AndTakesNewOnes()
    {
        var path = OldFile("five.db", """
                PRAGMA journal_mode=WAL;
                CREATE INDEX passages_article ON passages(article_key, ordinal);
                CREATE TABLE index_stats(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE passage_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, passage_key INTEGER NOT NULL);
                INSERT INTO index_stats VALUES('passages', 2), ('chars', 72), ('catalog_id', 42);
                INSERT INTO articles VALUES(1, 'narwhal', 'narwhal', 'Narwhal seen', NULL, NULL, NULL, NULL, 'h1', 'h2', NULL, 'narwhal narwhal seen', NULL);
                INSERT INTO passages VALUES(1, 1, 0, 0, 44, 'A narwhal was seen in the harbour on Tuesday.');
                INSERT INTO passages VALUES(7, 1, 1, 46, 73, 'It swam out past the pier.');
                INSERT INTO passage_log(passage_key) VALUES(1), (7);
                PRAGMA user_version=5;
                """);

        using (var opened = TestIndex.Open(path))
        {
            Assert.Equal(1, opened.ArticleCount);
            Assert.Equal("narwhal#0", opened.Search("harbour tuesday", 5)[0].Passage.Id);
            Assert.Equal("narwhal#1", opened.Search("swam past", 5)[0].Passage.Id);
            var article = new Article("walrus", "Walrus naps", "A walrus slept on the pier all afternoon.");
            opened.Store(article, TestIndex.Paragraphs(article), null);
            Assert.Equal("walrus", opened.Search("walrus slept", 5)[0].Passage.ArticleId);
        }
        Assert.Equal(6L, Scalar(path, "PRAGMA user_version"));
        Assert.Equal(8L, Scalar(path, "SELECT value FROM index_stats WHERE name = 'passage_key'"));
        Assert.Equal(8L, Scalar(path, "SELECT key FROM passages WHERE article_key = 2"));
    }

    public void Dispose() => _index.Dispose();

    /// <summary>A catalog file of an earlier schema: its articles and passages tables, then <paramref name="sql"/>.</summary>
    private string OldFile(string name, string sql)
    {
        _index.Index.Dispose();
        var path = System.IO.Path.Combine(_index.Folder, name);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
                CREATE TABLE articles(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, id_folded TEXT NOT NULL, title TEXT NOT NULL, url TEXT,
                    published TEXT, published_utc INTEGER, source TEXT, content_hash TEXT NOT NULL, text_hash TEXT NOT NULL, origin TEXT,
                    folded TEXT NOT NULL, canonical_key INTEGER);
                CREATE TABLE passages(key INTEGER PRIMARY KEY, article_key INTEGER NOT NULL, ordinal INTEGER NOT NULL, start INTEGER NOT NULL,
                    end INTEGER NOT NULL, text TEXT NOT NULL);
                """ + sql;
        command.ExecuteNonQuery();
        return path;
    }

    private long LogRows() => Scalar(_index.Path, "SELECT count(*) FROM passage_log");

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private PassageIndex Open(double pollSeconds) =>
        new(Options.Create(new CoreIndexOptions { Path = _index.Path, PollSeconds = pollSeconds }), NullLogger<PassageIndex>.Instance);
}
