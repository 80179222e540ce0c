using NewsBot.Core.Answering;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;
using NewsBot.Evaluation.Runs;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// Training questions from SQuAD (v1.1 and 2.0 dev), taken only from the even-numbered articles of each file (the
/// odd-numbered ones are the test half): each article's paragraphs are indexed through the real core, each question
/// answered from the passages the product would retrieve, and every sentence labelled by whether it holds a gold answer.
/// </summary>
internal static class AnswerExamples
{
    public static async Task<IReadOnlyList<AnswerExample>> FromSquadAsync(string path, string source, int? maxQuestions, CancellationToken cancellationToken)
    {
        // [1] The training half: even-numbered articles only.
        var articles = SquadDataset.Load(path);
        using var workspace = EvalWorkspace.CreateTemporary("train-" + source);
        using var core = workspace.OpenCore(new Dictionary<string, string?>());
        var questions = new List<(SquadQuestion Question, int Article)>();
        for (var a = 0; a < articles.Count; a += 2)
        {
            var split = SplitArticle.FromParagraphs($"{source}-{a:000}", articles[a].Title.Replace('_', ' '), [.. articles[a].Paragraphs.Select(p => p.Context)]);
            core.Index.Store(split.Article, split.Passages, origin: null);
            questions.AddRange(articles[a].Paragraphs.SelectMany(p => p.Questions).Select(q => (q, a)));
        }

        // [2] Score every retrieved sentence with the current features; label by the gold answers.
        var asked = new EvalSettings(MaxQuestions: maxQuestions).Cap(questions);
        var progress = new Progress("train " + source, asked.Count);
        var examples = new List<AnswerExample>(asked.Count);
        foreach (var (question, article) in asked)
        {
            var hits = core.AnswerPassages(question.Text, 8);
            var (_, candidates, _) = await core.Answerer.ScoreAsync(question.Text, hits, cancellationToken);
            var labels = candidates.Select(c => !question.IsImpossible && AnswerText.ContainsAny(c.Text, question.Answers)).ToList();
            examples.Add(new AnswerExample(source, article, [.. candidates.Select(c => c.Features.ToArray())], labels,
                !question.IsImpossible, core.Similarity.Enabled));
            progress.Step();
        }
        return examples;
    }

    /// <summary>
    /// The dev half (even ids) of our chat-style sets (one or more files), each over the whole BBC corpus or, written
    /// <c>FILE@FOLDER</c>, over the articles of that folder (<c>eval/sample-questions.jsonl@articles</c>: the two shipped
    /// articles, a collection as small as a new user's): answerable and false-premise questions label the sentences that
    /// hold an answer string; unanswerable ones have none. Comparisons are left out (each of their parts is answered as a
    /// question of its own).
    /// </summary>
    public static async Task<IReadOnlyList<AnswerExample>> FromChatAsync(IReadOnlyList<string> paths, string corpusFolder, CancellationToken cancellationToken)
    {
        var examples = new List<AnswerExample>();
        foreach (var group in paths.Select(p => OverCorpus(p, corpusFolder)).GroupBy(p => p.Corpus, StringComparer.Ordinal))
        {
            var questions = group.SelectMany(p => ChatQuestionSet.Load(p.File)).Where(q => q.IsDev && q.Type != ChatQuestion.Comparison).ToList();
            using var workspace = EvalWorkspace.CreateTemporary("train-chat");
            using var core = workspace.OpenCore(new Dictionary<string, string?>());
            await workspace.IngestAsync(core, BbcCorpus.Load(group.Key), cancellationToken);
            foreach (var question in questions)
            {
                var hits = core.AnswerPassages(question.Text);
                var (_, candidates, _) = await core.Answerer.ScoreAsync(question.Text, hits, cancellationToken);
                var answers = question.Parts.SelectMany(p => p).ToList();
                var labels = candidates.Select(c => answers.Count > 0 && AnswerText.ContainsAny(c.Text, answers)).ToList();
                examples.Add(new AnswerExample("chat", question.Number, [.. candidates.Select(c => c.Features.ToArray())], labels,
                    question.Type != ChatQuestion.Unanswerable, core.Similarity.Enabled));
            }
        }
        return examples;
    }

    /// <summary>"FILE@FOLDER" → the file and its own corpus; a plain path → the file over the default corpus.</summary>
    internal static (string File, string Corpus) OverCorpus(string path, string corpusFolder)
    {
        var at = path.LastIndexOf('@');
        return at > 0 && at < path.Length - 1 ? (path[..at], path[(at + 1)..]) : (path, corpusFolder);
    }
}
