using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;
using NewsBot.Core.Search;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// Our chat-style BBC set (<c>eval/chat-questions.jsonl</c>): the 2,225 BBC articles ingested through the real
/// pipeline, every question asked as the product asks it, each reply judged by <see cref="ChatVerdict"/>. Reported by
/// type for all questions and for each half: even ids are the dev half (tune there), odd ids are held out.
/// </summary>
internal static class ChatRun
{
    public const string DefaultCorpus = "../shared/datasets/bbc_news_fulltext";

    public static async Task<Report> RunAsync(string path, string corpusFolder, EvalSettings settings, CancellationToken cancellationToken)
    {
        // [1] Questions first (a typo fails before the slow ingest), then the corpus; every gold id must exist in it.
        var questions = ChatQuestionSet.Load(path);
        var articles = BbcCorpus.Load(corpusFolder);
        var known = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = questions.SelectMany(q => q.Articles).Where(id => !known.Contains(id)).Distinct().ToArray();
        if (unknown.Length > 0)
            throw new InvalidDataException($"{path}: gold article ids not in {corpusFolder}: {string.Join(", ", unknown.Take(5))}");
        // Some BBC stories occur twice under two ids; either id stands for the story (the first one in file order).
        var story = articles.GroupBy(a => a.Text, StringComparer.Ordinal)
            .SelectMany(g => g.Select(a => (a.Id, Story: g.First().Id)))
            .ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);

        // [2] Ingest through the real pipeline.
        using var workspace = EvalWorkspace.CreateTemporary("chat");
        using var core = workspace.OpenCore(settings.CoreSettings);
        var ingest = await workspace.IngestAsync(core, articles, cancellationToken);

        // [3] Ask; judge; log what went wrong.
        var asked = settings.Cap(questions.Where(q => settings.Half switch { DatasetHalf.Train => q.IsDev, DatasetHalf.Test => !q.IsDev, _ => true }));
        var judged = new List<(ChatQuestion Question, ChatVerdict Verdict)>();
        var progress = new Progress("chat", asked.Count);
        using var misses = new MissLog(settings.MissesPath, missedBeyond: 0);
        foreach (var question in asked)
        {
            var (hits, reply) = await AskAsync(core, question.Text, cancellationToken);
            var verdict = ChatVerdict.Of(question, reply, id => story.GetValueOrDefault(id, id));
            if (!verdict.Correct || verdict.FalseDisagreement)
                misses.AddReply(question.Id, question.Type, question.Text, question.Articles, question.Parts, reply, hits,
                    settings.MissesPath is null ? null : (await core.Answerer.ScoreAsync(question.Text, hits, cancellationToken)).Candidates);
            judged.Add((question, verdict));
            progress.Step();
        }

        // [4] Report: by type, then the failures worth naming, each for all / dev / held-out.
        IReadOnlyList<(string Name, Func<ChatQuestion, ChatVerdict, bool> Counts)> failures =
        [
            ("wrong declines (answerable, comparison or false-premise declined)", (_, v) => v.WrongDecline),
            ("\"sources differ\" on a one-fact question whose gold articles agree (false disagreement)", (_, v) => v.FalseDisagreement),
            ("unanswerable answered anyway", (q, v) => q.Type == ChatQuestion.Unanswerable && !v.Declined),
            ("answer said but no gold article cited", (q, v) => q.Type != ChatQuestion.Unanswerable && !v.Declined && v.AnswerSaid && !v.GoldCited),
            ("gold article cited but answer not said", (q, v) => q.Type != ChatQuestion.Unanswerable && !v.Declined && !v.AnswerSaid && v.GoldCited),
        ];
        var dev = judged.Count(j => j.Question.IsDev);
        return new Report("Chat-style BBC questions (our own set)", new Dictionary<string, string>
        {
            ["data"] = path,
            ["corpus"] = $"{corpusFolder}: {articles.Count:N0} articles ingested through the real pipeline ({ingest.Added:N0} added)",
            ["questions"] = $"{asked.Count:N0} of {questions.Count:N0}: {string.Join(", ", ChatQuestion.Types.Select(t => $"{asked.Count(q => q.Type == t)} {t}"))}; "
                + $"{dev} in the dev half (even ids), {asked.Count - dev} held out (odd ids)",
            ["scoring"] = "answer string (normalised) in the reply or a cited quote and a gold article cited; comparisons: every part and every gold article; unanswerable: declined",
            ["answering"] = "extractive, retrieval as the answer path does it (Answering:TopK, Answering:MaxPassagesPerArticle)",
            ["settings"] = settings.Describe(),
        },
        [
            new ReportTable("Correct by type", ["type", "questions", "correct", "share", "dev share (even ids)", "held-out share (odd ids)"],
                [.. ChatQuestion.Types.Select(t => TypeRow(t, [.. judged.Where(j => j.Question.Type == t)])), TypeRow("all", judged)]),
            new ReportTable("Failures", ["failure", "all", "dev (even ids)", "held-out (odd ids)"],
                [.. failures.Select(f => (IReadOnlyList<object?>)
                [
                    f.Name,
                    judged.Count(j => f.Counts(j.Question, j.Verdict)),
                    judged.Count(j => j.Question.IsDev && f.Counts(j.Question, j.Verdict)),
                    judged.Count(j => !j.Question.IsDev && f.Counts(j.Question, j.Verdict)),
                ])]),
        ]);
    }

    /// <summary>
    /// The one place the run calls the answerer, retrieving exactly as the product's answer path does; kept alone so
    /// that a change of the answerer's signature (e.g. to <c>AnswerAsync</c>) is a one-line change here.
    /// </summary>
    private static async Task<(IReadOnlyList<SearchHit> Hits, Reply Reply)> AskAsync(CoreServices core, string question, CancellationToken cancellationToken)
    {
        var hits = core.AnswerPassages(question);
        return (hits, await core.Answerer.AnswerAsync(question, hits, cancellationToken));
    }

    private static IReadOnlyList<object?> TypeRow(string type, IReadOnlyList<(ChatQuestion Question, ChatVerdict Verdict)> judged)
    {
        var dev = judged.Where(j => j.Question.IsDev).ToArray();
        var heldOut = judged.Where(j => !j.Question.IsDev).ToArray();
        var correct = judged.Count(j => j.Verdict.Correct);
        return [type, judged.Count, correct, Ratio.Of(correct, judged.Count),
            Ratio.Of(dev.Count(j => j.Verdict.Correct), dev.Length), Ratio.Of(heldOut.Count(j => j.Verdict.Correct), heldOut.Length)];
    }
}
