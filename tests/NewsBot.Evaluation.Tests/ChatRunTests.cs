using NewsBot.Core.Answering;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Runs;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary><c>eval chat</c> end to end on a tiny BBC-shaped corpus, and the verdict rules on hand-made replies.</summary>
public sealed class ChatRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Chat_run_ingests_the_corpus_asks_every_question_and_reports_by_type_and_half()
    {
        var corpus = TwoStories(_temp);
        Story(corpus, "sport", "003", "Keeper signs for Lisbon club", // the corpus holds some stories twice
            "Goalkeeper Tomas Varga has joined Sporting Lisbon on a three-year contract.\n\n"
            + "Varga, 29, kept eleven clean sheets last season for his former club in Budapest.");
        var questions = _temp.File("chat.jsonl");
        File.WriteAllText(questions, """
            {"id":"c001","type":"answerable","question":"how much are baltic docks paying for northern ports","answers":["£2.4bn"],"articles":["bbc-business-001"]}
            {"id":"c002","type":"answerable","question":"how many clean sheets did varga keep last season","answers":["eleven"],"articles":["bbc-sport-003"]}
            {"id":"c003","type":"unanswerable","question":"what colour are the volcanic moons of saturn","answers":[],"articles":[]}
            """);
        var misses = _temp.File("misses.jsonl");

        var report = await ChatRun.RunAsync(questions, corpus, new EvalSettings(MissesPath: misses), CancellationToken.None);

        var byType = report.Tables[0].Rows.ToDictionary(r => (string)r[0]!, r => r);
        Assert.Equal(2, byType["answerable"][1]);
        Assert.Equal(2, byType["answerable"][2]); // c002's gold is the twin of the stored story: cited either way
        Assert.Equal(1, byType["unanswerable"][2]);
        Assert.Equal(3, byType["all"][2]);
        Assert.Equal(1.0, byType["all"][4]); // dev half: c002
        Assert.Equal(1.0, byType["all"][5]); // held-out half: c001, c003
        var failures = report.Tables[1].Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
        Assert.All(failures.Values, count => Assert.Equal(0, count));
        Assert.Contains("3 of 3", report.Setup["questions"]);
        Assert.Equal("", File.ReadAllText(misses));
        Assert.Contains("\"correct by type\"", ReportWriter.ToJson(report), StringComparison.OrdinalIgnoreCase);
    }

    // "Who took over from tim kash": the ranker puts the story's opening (Kash fronting the show) first, and the sentence
    // naming Fearne Cotton holds about a sixth of its probability; a runner-up naming another fact of the asked-for kind
    // is shown from 0.15 of the best sentence's probability (0.25 before stop 27, when this reply lacked the answer).
    [SharedDataFact("datasets/bbc_news_fulltext/bbc/entertainment/184.txt")]
    public async Task A_runner_up_naming_another_fact_is_shown_from_a_sixth_of_the_best_ones_probability()
    {
        var corpus = SharedStories("entertainment", "184");
        var questions = _temp.File("chat.jsonl");
        File.WriteAllText(questions, """
            {"id":"t6014","type":"answerable","question":"who took over from tim kash as top of the pops host","answers":["Fearne Cotton"],"articles":["bbc-entertainment-184"]}
            """);

        var report = await ChatRun.RunAsync(questions, corpus, new EvalSettings(), CancellationToken.None);

        Assert.Equal(1, report.Tables[0].Rows.Single(r => (string)r[0]! == "answerable")[2]);
    }

    // "What % of nissan does renault own": the Renault results story's "Nissan - in which Renault owns a 44% stake" and
    // the Ghosn story's "will devote 40% of his time to Renault, 40% to Nissan" share only the two names, and the
    // encoder found the two sentences alike; sources differ only when two sentences share what happened too.
    [SharedDataFact("datasets/bbc_news_fulltext/bbc/business/216.txt")]
    public async Task Two_stories_sharing_only_names_are_not_shown_as_differing()
    {
        var corpus = SharedStories("business", "216", "247");
        var questions = _temp.File("chat.jsonl");
        File.WriteAllText(questions, """
            {"id":"t2092","type":"answerable","question":"what % of nissan does renault own","answers":["44%"],"articles":["bbc-business-247"]}
            """);

        var report = await ChatRun.RunAsync(questions, corpus, new EvalSettings(), CancellationToken.None);

        var failures = report.Tables[1].Rows.ToDictionary(r => (string)r[0]!, r => r[1]);
        Assert.Equal(0, failures.Single(f => f.Key.Contains("false disagreement", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public async Task Chat_run_names_gold_ids_the_corpus_lacks()
    {
        var corpus = _temp.File("bbc");
        Story(corpus, "tech", "001", "Robots", "Robots learn manners at a university in Hertfordshire.");
        var questions = _temp.File("chat.jsonl");
        File.WriteAllText(questions, """{"id":"c001","type":"answerable","question":"q","answers":["x"],"articles":["bbc-tech-999"]}""");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ChatRun.RunAsync(questions, corpus, new EvalSettings(), CancellationToken.None));

        Assert.Contains("bbc-tech-999", error.Message);
    }

    [Fact]
    public void Verdicts_follow_the_rules_for_each_type()
    {
        var cited = Reply("Baltic Docks will pay £2.4bn.", ("bbc-business-001", "Baltic Docks will pay £2.4bn for the company."));
        var declined = new Reply("The articles I know don't say.", Abstained: true, Citations: []);
        ChatQuestion Question(string type, string[][] parts, params string[] articles) => new("c001", 1, type, "q", parts, [.. articles.Select(a => (IReadOnlyList<string>)[a])]);

        Assert.True(ChatVerdict.Of(Question(ChatQuestion.Answerable, [["£2.4bn", "2.4bn"]], "bbc-business-001"), cited).Correct);
        var otherArticle = ChatVerdict.Of(Question(ChatQuestion.Answerable, [["£2.4bn"]], "bbc-business-002"), cited);
        Assert.False(otherArticle.Correct);
        Assert.True(otherArticle.AnswerSaid);
        var wrongDecline = ChatVerdict.Of(Question(ChatQuestion.FalsePremise, [["£2.4bn"]], "bbc-business-001"), declined);
        Assert.True(wrongDecline.WrongDecline);
        Assert.True(ChatVerdict.Of(Question(ChatQuestion.Unanswerable, [], "bbc-business-001"), declined).Correct);
        Assert.False(ChatVerdict.Of(Question(ChatQuestion.Unanswerable, [], "bbc-business-001"), cited).Correct);
        var halfComparison = ChatVerdict.Of(Question(ChatQuestion.Comparison, [["£2.4bn"], ["eleven"]], "bbc-business-001", "bbc-sport-002"), cited);
        Assert.False(halfComparison.Correct);
        var bothStories = Reply("£2.4bn and eleven.", ("bbc-business-001", "Baltic Docks will pay £2.4bn."), ("bbc-sport-003", "He kept eleven clean sheets."));
        IReadOnlyList<string>[] stories = [["bbc-business-001"], ["bbc-sport-002", "bbc-sport-003"]];
        Assert.True(ChatVerdict.Of(new("c002", 2, ChatQuestion.Comparison, "q", [["£2.4bn"], ["eleven"]], stories), bothStories).Correct);
        Assert.False(ChatVerdict.Of(Question(ChatQuestion.Comparison, [["£2.4bn"], ["eleven"]], "bbc-business-001", "bbc-sport-002"), bothStories).Correct);
        var differ = ChatVerdict.Of(Question(ChatQuestion.Answerable, [["£2.4bn"]], "bbc-business-001"), cited with { SourcesDiffer = true });
        Assert.True(differ.FalseDisagreement);
        Assert.True(differ.Correct);
        var disagreeing = new ChatQuestion("c004", 4, ChatQuestion.FalsePremise, "q", [["£2.4bn"]], [["bbc-business-001"], ["bbc-sport-002"]], Differ: true);
        Assert.False(ChatVerdict.Of(disagreeing, cited with { SourcesDiffer = true }).FalseDisagreement);
    }

    private static Reply Reply(string answer, params (string ArticleId, string Quote)[] citations) =>
        new(answer, Abstained: false, [.. citations.Select((c, i) => new Citation(i + 1, c.ArticleId, "t", null, null, $"{c.ArticleId}#p0", c.Quote))]);

    /// <summary>A BBC-shaped corpus of two stories: a harbour firm sold for £2.4bn (business 001), a keeper who kept eleven clean sheets (sport 002).</summary>
    internal static string TwoStories(TempDirectory temp)
    {
        var corpus = temp.File("bbc_news_fulltext");
        Story(corpus, "business", "001", "Harbour firm sold to rivals",
            "Northern Ports has agreed to be bought by rival Baltic Docks in a deal announced on Monday.\n\n"
            + "Baltic Docks will pay £2.4bn for the company, which runs cranes at twelve harbours.\n\n"
            + "The chairman of Northern Ports, Elsa Brandt, said the offer was fair to shareholders.");
        Story(corpus, "sport", "002", "Keeper signs for Lisbon club",
            "Goalkeeper Tomas Varga has joined Sporting Lisbon on a three-year contract.\n\n"
            + "Varga, 29, kept eleven clean sheets last season for his former club in Budapest.");
        return corpus;
    }

    // A corpus of a few BBC stories copied from ../shared at test time (never into the repo).
    private string SharedStories(string topic, params string[] numbers)
    {
        var corpus = _temp.File("bbc_news_fulltext");
        Directory.CreateDirectory(Path.Combine(corpus, "bbc", topic));
        foreach (var number in numbers)
            File.Copy(RepoPaths.InShared($"datasets/bbc_news_fulltext/bbc/{topic}/{number}.txt"), Path.Combine(corpus, "bbc", topic, $"{number}.txt"));
        return corpus;
    }

    private static void Story(string corpus, string topic, string number, string title, string body)
    {
        var folder = Path.Combine(corpus, "bbc", topic);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{number}.txt"), $"{title}\n\n{body}\n");
    }

    public void Dispose() => _temp.Dispose();
}
