using NewsBot.Core.Answering;
using NewsBot.Host.Evaluation.Datasets;
using NewsBot.Host.Evaluation.Metrics;
using NewsBot.Host.Evaluation.Runs;

namespace NewsBot.Host.Evaluation.Training;

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
            examples.Add(new AnswerExample($"{source}-{article:000}", [.. candidates.Select(c => c.Features.ToArray())], labels,
                !question.IsImpossible, core.Similarity.Enabled));
            progress.Step();
        }
        return examples;
    }
}
