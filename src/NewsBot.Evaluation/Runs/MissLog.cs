using System.Text.Json;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Search;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// Optional JSON Lines file of the questions retrieval missed (<c>--misses FILE</c>): the question, the gold,
/// its rank, and the top hits, so retrieval can be tuned on concrete failures. Answer runs log the wrong replies
/// the same way (<see cref="AddReply"/>).
/// </summary>
internal sealed class MissLog(string? path, int missedBeyond) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StreamWriter? _writer = path is null ? null : new StreamWriter(path);

    public void Add(string question, IReadOnlyCollection<string> gold, int? rank, IReadOnlyList<SearchHit> hits)
    {
        if (_writer is null || rank <= missedBeyond)
            return;
        _writer.WriteLine(JsonSerializer.Serialize(new
        {
            question,
            gold,
            rank,
            top = hits.Take(3).Select(h => new { id = h.Passage.Id, title = h.Passage.Title, score = h.Score, text = h.Passage.Text.Length > 200 ? h.Passage.Text[..200] : h.Passage.Text }),
        }, Json));
    }

    /// <summary>A wrong reply: what was asked and expected, what the reply said and cited, and the top hits.</summary>
    public void AddReply(string id, string type, string question, IReadOnlyCollection<string> gold, IEnumerable<IEnumerable<string>> answers,
        Reply reply, IReadOnlyList<SearchHit> hits, IReadOnlyList<NewsBot.Core.Answering.CandidateSentence>? candidates = null)
    {
        var expected = answers.SelectMany(a => a).ToList();
        _writer?.WriteLine(JsonSerializer.Serialize(new
        {
            id,
            type,
            question,
            gold,
            answers,
            abstained = reply.Abstained,
            sourcesDiffer = reply.SourcesDiffer,
            reply = reply.Answer,
            cited = reply.Citations.Select(c => new { c.ArticleId, c.Quote }),
            top = hits.Take(3).Select(h => new { id = h.Passage.Id, title = h.Passage.Title, score = h.Score }),
            // How the answerer ranked the sentences: the best five, and where the first one holding an answer stood.
            answerRank = candidates?.ToList().FindIndex(c => Metrics.AnswerText.ContainsAny(c.Text, expected)) is >= 0 and var rank ? rank + 1 : (int?)null,
            candidates = candidates?.Take(5).Select(c => new { score = Math.Round(c.Score, 3), c.ArticleId, c.Text }),
        }, Json));
    }

    public void Dispose() => _writer?.Dispose();
}
