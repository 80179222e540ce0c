using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Index;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Stores what the readers produced, in input order, and counts it. Remembers every id of the run: the same id
/// read again with the same text is a duplicate, with other text a problem (the first one is kept).
/// </summary>
internal sealed class IngestWriter(PassageIndex index, IngestTally tally)
{
    private readonly Dictionary<string, (string Location, string TextHash)> _seen = new(StringComparer.Ordinal);

    /// <summary>Ids read in this run (whatever became of them): a folder sync keeps these.</summary>
    public bool WasSeen(string articleId) => _seen.ContainsKey(articleId);

    public void Write(ReadInput item)
    {
        tally.FileRead();
        foreach (var reason in item.Problems)
            tally.Problem(item.Input.Location, reason);
        if (item.Failed)
            tally.NotRead(item.Input.DefaultId);
        foreach (var prepared in item.Articles)
            Write(item.Input, prepared);
    }

    private void Write(IngestInput input, PreparedArticle prepared)
    {
        var id = prepared.Article.Id;
        if (_seen.TryGetValue(id, out var first))
        {
            if (first.TextHash == prepared.TextHash)
                tally.Duplicate($"{id} (read again from {input.Location})");
            else
                tally.Problem(input.Location, $"id '{id}' is already used by {first.Location} in this ingest; kept that one");
            return;
        }
        _seen[id] = (input.Location, prepared.TextHash);
        var outcome = index.Store(prepared.Article, prepared.Passages, input.Origin);
        tally.Stored(outcome, id, prepared.Passages.Count);
    }

    /// <summary>A hash of an article's text, to compare two reads of the same id.</summary>
    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
