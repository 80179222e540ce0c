using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Runs;

/// <summary>
/// RGB counterfactual robustness (en_fact): per question, a fresh index holding its true passages and their
/// falsified copies (each snippet one article). The answer should show the conflict: cite a passage with the
/// true answer and one with the fake answer, rather than assert one side.
/// </summary>
internal static class RgbConflictRun
{
    public static Report Run(string path, EvalSettings settings)
    {
        var items = settings.Cap(settings.Halve(RgbDataset.Load(path)));
        int both = 0, onlyTrue = 0, onlyFake = 0, neither = 0, abstained = 0, flagged = 0, bothRetrieved = 0;
        var progress = new Progress("rgb", items.Count);
        foreach (var item in items)
        {
            // [1] One throwaway index per question: true and falsified snippets side by side.
            using var workspace = EvalWorkspace.CreateTemporary("rgb");
            using var core = workspace.OpenCore(settings.CoreSettings);
            Store(core, item.Positive, $"rgb{item.Id}-true", 0);
            Store(core, item.PositiveWrong, $"rgb{item.Id}-fake", item.Positive.Count);

            // [2] Ask; score what the cited sentences say.
            var hits = core.AnswerPassages(item.Query, settings.AnswerK);
            bothRetrieved += hits.Any(h => h.Passage.ArticleId.Contains("-true", StringComparison.Ordinal))
                && hits.Any(h => h.Passage.ArticleId.Contains("-fake", StringComparison.Ordinal)) ? 1 : 0;
            var reply = core.Answerer.Answer(item.Query, hits);
            var citesTrue = CitedText.Contains(reply, item.Answers);
            var citesFake = CitedText.Contains(reply, [item.FakeAnswer]);
            abstained += reply.Abstained ? 1 : 0;
            flagged += reply.SourcesDiffer ? 1 : 0;
            _ = (citesTrue, citesFake) switch
            {
                (true, true) => both++,
                (true, false) => onlyTrue++,
                (false, true) => onlyFake++,
                _ => neither++,
            };
            progress.Step();
        }

        var n = items.Count;
        return new Report("RGB counterfactual robustness (en_fact)", new Dictionary<string, string>
        {
            ["data"] = path,
            ["corpus"] = "per question: its positive and positive_wrong snippets, each stored as one single-passage article",
            ["questions"] = $"{n}",
            ["answering"] = $"extractive over the top {settings.AnswerK} passages",
            ["settings"] = settings.Describe(),
        },
        [
            new ReportTable("What the answer's cited sentences contain", ["outcome", "share"],
            [
                ["both the true and the fake answer (conflict shown)", Ratio.Of(both, n)],
                ["only the true answer", Ratio.Of(onlyTrue, n)],
                ["only the fake answer (misled)", Ratio.Of(onlyFake, n)],
                ["neither", Ratio.Of(neither, n)],
                ["answer flagged SourcesDiffer", Ratio.Of(flagged, n)],
                ["abstained", Ratio.Of(abstained, n)],
                ["true and fake passages both in the top hits", Ratio.Of(bothRetrieved, n)],
            ]),
        ]);
    }

    private static void Store(CoreServices core, IReadOnlyList<string> snippets, string prefix, int firstNumber)
    {
        for (var i = 0; i < snippets.Count; i++)
        {
            var split = SplitArticle.FromParagraphs($"{prefix}{i}", $"Snippet {firstNumber + i + 1}", [snippets[i].Trim()]);
            core.Index.Store(split.Article, split.Passages, origin: null);
        }
    }
}
