using NewsBot.Core.Passages;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Which articles of the scale corpus an index was given, by their place in the corpus, and how many passages of each
/// (the last one may be cut to reach a size). Articles the index did not add (the same text under another id) are left
/// out, as they are from its passage count. The corpus is deterministic, so replaying the selection against it yields
/// exactly the passages the index holds, without keeping their text in memory meanwhile.
/// </summary>
internal sealed class CorpusSelection
{
    private readonly List<(long Position, int Passages)> _taken = [];

    public long Passages { get; private set; }

    public long Articles => _taken.Count;

    public void Add(long position, int passages)
    {
        if (_taken.Count > 0 && position <= _taken[^1].Position)
            throw new ArgumentOutOfRangeException(nameof(position), position, "Articles are taken in corpus order.");
        _taken.Add((position, passages));
        Passages += passages;
    }

    /// <summary>The selected passages, in the order the index was given them.</summary>
    public IEnumerable<Passage> Replay(ScaleCorpus corpus)
    {
        var count = _taken.Count;
        if (count == 0)
            yield break;
        var next = 0;
        var position = 0L;
        foreach (var article in corpus.Articles())
        {
            if (position++ != _taken[next].Position)
                continue;
            foreach (var passage in article.Passages.Take(_taken[next].Passages))
                yield return passage;
            if (++next == count)
                yield break;
        }
    }
}
