using System.Diagnostics;
using System.Reflection;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// The plain Lucene.Net engine beside the product in <c>bench query</c>: at each size, a fresh <see cref="PlainLuceneIndex"/>
/// of exactly the passages the product was given there, in a temporary folder deleted with this object.
/// </summary>
internal sealed class PlainLuceneBaseline(ScaleCorpus corpus, CorpusSelection selection) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-eval", $"bench-plain-lucene-{Guid.NewGuid():n}");
    private PlainLuceneIndex? _index;
    private long _asked;
    private long _failed;

    public long Asked => _asked + (_index?.Asked ?? 0);

    public long FailedQueries => _failed + (_index?.FailedQueries ?? 0);

    /// <summary>Builds the index of the selection as it stands now, in place of the previous size's.</summary>
    public PlainLuceneIndex Build()
    {
        Close();
        Directory.CreateDirectory(_folder);
        var staged = Path.Combine(_folder, "passages.bin");
        var indexFolder = Path.Combine(_folder, "index");

        // [1] Stage: the product's passages, replayed from the corpus (its generation is not the index's work).
        var clock = Stopwatch.StartNew();
        var passages = PlainDocumentFile.Write(staged, selection.Replay(corpus).Select(PlainDocument.From));
        Progress.Note($"plain Lucene.Net: {passages:N0} passages staged in {clock.Elapsed.TotalSeconds:0.0} s");

        // [2] Build: add, merge to one segment, commit (timed inside).
        _index = PlainLuceneIndex.Build(indexFolder, PlainDocumentFile.Read(staged));
        File.Delete(staged);
        Progress.Note($"plain Lucene.Net: {_index.Documents:N0} passages indexed, merged and committed in {_index.BuildTime.TotalSeconds:0.0} s, "
            + $"{_index.SizeMb:0.0} MB");
        return _index;
    }

    /// <summary>Lines for the report's setup: what the baseline is, how its figures are taken, the questions it could not parse.</summary>
    public IEnumerable<KeyValuePair<string, string>> Setup(int k)
    {
        yield return new("baseline", $"plain Lucene.Net {LuceneVersion()} on the same passages (replayed from the scale corpus) and questions, "
            + "built afresh at each size in a temporary folder (deleted after the run): EnglishAnalyzer (LUCENE_48), BM25Similarity with default "
            + "parameters, one unstored text field (title + text) and a stored id, MMapDirectory, the default IndexWriterConfig but RAMBufferSizeMB 256, "
            + $"one ForceMerge(1) then Commit; the classic QueryParser (default operator OR) over QueryParserBase.Escape(question), "
            + $"IndexSearcher.Search(query, {k}) through one SearcherManager");
        yield return new("baseline build", "passages / (documents added + ForceMerge(1) + commit), the documents read from a file staged "
            + "beforehand; index MB is the plain Lucene folder");
        yield return new("baseline failed queries", $"{FailedQueries:N0} of {Asked:N0} asked (warm-up included) did not parse (no hits)");
        yield return new("peak RSS", "one process runs both engines: each row shows the process's peak up to the end of that row (VmHWM), "
            + "so it includes every index built before it, of either engine");
    }

    public void Dispose()
    {
        Close();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static string LuceneVersion() =>
        typeof(Lucene.Net.Index.IndexWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split(' ', '+')[0] ?? "?";

    private void Close()
    {
        if (_index is null)
            return;
        _asked += _index.Asked;
        _failed += _index.FailedQueries;
        _index.Dispose();
        _index = null;
        Directory.Delete(_folder, recursive: true);
    }
}
