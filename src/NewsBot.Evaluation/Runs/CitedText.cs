using NewsBot.Core.Answering;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>Checks an answer by what it cites: the quoted sentences, never text the answer added around them.</summary>
internal static class CitedText
{
    public static bool Contains(Reply reply, IEnumerable<string> answers) =>
        !reply.Abstained && reply.Citations.Count > 0
        && AnswerText.ContainsAny(string.Join(" \n ", reply.Citations.Select(c => c.Quote)), answers);
}
