using NewsBot.Core.Answering;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// How one reply to a chat-set question scores. Answerable and false-premise: not declined, the answer string in the
/// reply or a cited quote, and one of the gold articles cited (the story, or another report stating the same fact).
/// Comparison: every part's answer said and every gold story cited (by one of its reports). Unanswerable: declined. A
/// decline on any other type is a wrong decline; "sources differ" on any but a comparison is a false disagreement (the
/// question asks one fact, and its gold articles state the same value), unless the question is marked as one whose
/// gold articles disagree (<see cref="ChatQuestion.Differ"/>). The BBC corpus holds some stories twice under two ids (the
/// ingester stores the text once), so articles are compared by story: <c>story</c> maps an id to the id its text is
/// stored under.
/// </summary>
internal sealed record ChatVerdict(bool Correct, bool Declined, bool AnswerSaid, bool GoldCited, bool FalseDisagreement)
{
    public bool WrongDecline => Declined && !Correct;

    public static ChatVerdict Of(ChatQuestion question, Reply reply, Func<string, string>? story = null)
    {
        story ??= id => id;
        var said = reply.Answer + " \n " + string.Join(" \n ", reply.Citations.Select(c => c.Quote));
        var cited = reply.Citations.Select(c => story(c.ArticleId)).ToHashSet(StringComparer.Ordinal);
        var answerSaid = question.Parts.Count > 0 && question.Parts.All(part => AnswerText.ContainsAny(said, part));
        var goldCited = question.Type == ChatQuestion.Comparison
            ? question.Stories.All(ids => ids.Any(a => cited.Contains(story(a))))
            : question.Articles.Any(a => cited.Contains(story(a)));
        var correct = question.Type == ChatQuestion.Unanswerable
            ? reply.Abstained
            : !reply.Abstained && answerSaid && goldCited;
        var falseDisagreement = reply.SourcesDiffer && question.Type != ChatQuestion.Comparison && !question.Differ;
        return new ChatVerdict(correct, reply.Abstained, answerSaid, goldCited, falseDisagreement);
    }
}
