using System.Text;

namespace NewsBot.Core.Answering;

/// <summary>Turns the chosen sentences into the reply: the answering sentence first, each cited, the asked-for fact marked.</summary>
internal static class AnswerComposer
{
    public static Reply Compose(IReadOnlyList<(CandidateSentence Sentence, QuestionAnalysis Analysis)> chosen, bool differ)
    {
        var citations = new List<Citation>();
        var spans = new List<AnswerSpan>();
        var answer = new StringBuilder();
        for (var i = 0; i < chosen.Count; i++)
        {
            var (sentence, analysis) = chosen[i];
            var passage = sentence.Hit.Passage;
            var n = i + 1;
            citations.Add(new Citation(n, passage.ArticleId, passage.Title, passage.Url, passage.Published, passage.Id, sentence.Text));
            if (differ && i == 0)
                answer.Append("Reports differ. ");
            else if (differ)
                answer.Append(" Another report says: ");
            else if (i > 0)
                answer.Append(' ');
            var offset = answer.Length;
            foreach (var (start, length) in Marked(sentence.Text, analysis))
            {
                if (spans.Count == 0 || offset + start >= spans[^1].End)
                    spans.Add(new AnswerSpan(offset + start, length));
            }
            answer.Append(sentence.Text).Append(" [").Append(n).Append(']');
        }
        return new Reply(answer.ToString(), false, citations) { SourcesDiffer = differ, Spans = spans };
    }

    // The facts of the asked-for kind beside the question's terms; for "how long", a duration wherever it stands in the
    // sentence ("the conversation …, according to a senior official, was over in less than 10 minutes"), as the scorer
    // reads it.
    private static IEnumerable<(int Start, int Length)> Marked(string text, QuestionAnalysis analysis) =>
        analysis.AsksDuration
            ? AnswerEntities.Locate(text, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, window: -1)
                .Select(e => AnswerEntities.Duration(text, e.Start, e.Length))
                .OfType<(int Start, int Length)>()
            : AnswerEntities.Locate(text, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, AnswerEntities.Window);
}
