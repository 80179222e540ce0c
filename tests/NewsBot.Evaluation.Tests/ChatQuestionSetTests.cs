using NewsBot.Evaluation.Datasets;
using NewsBot.Evaluation.Metrics;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary>The chat-style question loader, and the committed set itself: its counts, ids and answer strings.</summary>
public sealed class ChatQuestionSetTests : IDisposable
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "eval", "chat-questions.jsonl");
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Loader_reads_each_type_with_parts_articles_and_half()
    {
        var path = Write("""
            {"id":"c001","type":"answerable","question":"how much did yukos get fined","answers":["$27.5bn","27.5bn"],"articles":["bbc-business-230"]}

            {"id":"c002","type":"comparison","question":"ages of a vs b","answers":["54",["55","fifty-five"]],"articles":["bbc-entertainment-378","bbc-entertainment-198"]}
            {"id":"c003","type":"unanswerable","question":"how old is ruth kelly","answers":[],"articles":["bbc-politics-244"]}
            {"id":"c004","type":"false-premise","question":"why did u2 win","answers":["Blue"],"articles":["bbc-entertainment-243"]}
            {"id":"c006","type":"comparison","question":"a vs b","answers":["1","2"],"articles":["bbc-sport-001",["bbc-sport-002","bbc-sport-003"]]}
            {"id":"c008","type":"false-premise","question":"why did the war begin in 2018","answers":["2014","a year ago"],"articles":["a","b"],"differ":true}
            """);

        var questions = ChatQuestionSet.Load(path);

        Assert.Equal(["answerable", "comparison", "unanswerable", "false-premise", "comparison", "false-premise"], questions.Select(q => q.Type));
        Assert.Equal([false, false, false, false, false, true], questions.Select(q => q.Differ));
        Assert.Equal(["$27.5bn", "27.5bn"], Assert.Single(questions[0].Parts));
        Assert.Equal(2, questions[1].Parts.Count);
        Assert.Equal(["55", "fifty-five"], questions[1].Parts[1]);
        Assert.Empty(questions[2].Parts);
        Assert.Equal(["bbc-entertainment-378", "bbc-entertainment-198"], questions[1].Articles);
        Assert.Equal([["bbc-sport-001"], ["bbc-sport-002", "bbc-sport-003"]], questions[4].Stories);
        Assert.Equal(["bbc-sport-001", "bbc-sport-002", "bbc-sport-003"], questions[4].Articles);
        Assert.False(questions[0].IsDev);
        Assert.True(questions[1].IsDev);
    }

    [Theory]
    [InlineData("""{"id":"c002","type":"answerable","question":"q","answers":["x"],"articles":["a"]""", "line 2")]
    [InlineData("""{"id":"c002","type":"trivia","question":"q","answers":["x"],"articles":["a"]}""", "type 'trivia'")]
    [InlineData("""{"id":"c002","type":"answerable","question":"q","answers":[],"articles":["a"]}""", "non-empty answer")]
    [InlineData("""{"id":"c002","type":"comparison","question":"q","answers":["x"],"articles":["a","b"]}""", "at least two")]
    [InlineData("""{"id":"c002","type":"unanswerable","question":"q","answers":["x"],"articles":[]}""", "answers []")]
    [InlineData("""{"id":"c002","type":"answerable","question":"q","answers":["x"]}""", "'articles' is missing")]
    [InlineData("""{"id":"cx","type":"answerable","question":"q","answers":["x"],"articles":["a"]}""", "must end in a number")]
    [InlineData("""{"id":"c001","type":"answerable","question":"q","answers":["x"],"articles":["a"]}""", "used twice")]
    [InlineData("""{"id":"c002","type":"answerable","question":"q","answers":["x"],"articles":["a"],"differ":true}""", "two or more gold stories disagree")]
    [InlineData("""{"id":"c002","type":"comparison","question":"q","answers":["x","y"],"articles":["a","b"],"differ":true}""", "one-fact question")]
    public void A_bad_line_is_an_error_naming_the_file_and_line(string badLine, string expected)
    {
        var path = Write("""{"id":"c001","type":"answerable","question":"q","answers":["x"],"articles":["a"]}""" + "\n" + badLine + "\n");

        var error = Assert.Throws<InvalidDataException>(() => ChatQuestionSet.Load(path));

        Assert.Contains($"{path} line 2", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Committed_set_has_at_least_160_questions_with_the_minimum_of_each_type_and_unique_ids()
    {
        var questions = ChatQuestionSet.Load(Committed); // throws on a repeated id or a malformed line

        Assert.True(questions.Count >= 160, $"{questions.Count} questions");
        var byType = questions.GroupBy(q => q.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byType.GetValueOrDefault(ChatQuestion.Answerable) >= 100, $"answerable: {byType.GetValueOrDefault(ChatQuestion.Answerable)}");
        Assert.True(byType.GetValueOrDefault(ChatQuestion.Comparison) >= 15, $"comparison: {byType.GetValueOrDefault(ChatQuestion.Comparison)}");
        Assert.True(byType.GetValueOrDefault(ChatQuestion.Unanswerable) >= 25, $"unanswerable: {byType.GetValueOrDefault(ChatQuestion.Unanswerable)}");
        Assert.True(byType.GetValueOrDefault(ChatQuestion.FalsePremise) >= 10, $"false-premise: {byType.GetValueOrDefault(ChatQuestion.FalsePremise)}");
        Assert.Equal(questions.Count, File.ReadLines(Committed).Count(l => l.Trim().Length > 0));
        Assert.All(questions.Where(q => q.Type == ChatQuestion.Comparison), q => Assert.True(q.Stories.Count >= 2, q.Id));
        // Both halves hold every type, so the held-out half says something per type.
        Assert.All(ChatQuestion.Types, t => Assert.Contains(questions, q => q.Type == t && q.IsDev));
        Assert.All(ChatQuestion.Types, t => Assert.Contains(questions, q => q.Type == t && !q.IsDev));
    }

    [SharedDataFact("datasets/bbc_news_fulltext/bbc")]
    public void Every_answer_string_of_the_committed_set_occurs_in_its_gold_articles()
    {
        var articles = BbcCorpus.Load(RepoPaths.InShared("datasets/bbc_news_fulltext")).ToDictionary(a => a.Id, a => a.Text);
        var questions = ChatQuestionSet.Load(Committed);

        AssertAnswersOccurInGoldArticles(questions, articles);
    }

    [Fact]
    public void Sample_article_set_names_the_shipped_articles_holds_every_type_in_both_halves_and_its_answers_occur_in_them()
    {
        // eval/sample-questions.jsonl is asked over articles/ (eval chat … --corpus articles), whose ids the corpus
        // reader derives from the folder: bbc-articles-<file name>.
        var articles = BbcCorpus.Load(Path.Combine(RepoPaths.Root, "articles")).ToDictionary(a => a.Id, a => a.Title + "\n" + a.Text);
        var questions = ChatQuestionSet.Load(Path.Combine(RepoPaths.Root, "eval", "sample-questions.jsonl"));

        Assert.True(questions.Count >= 40, $"{questions.Count} questions");
        Assert.All(ChatQuestion.Types, t => Assert.Contains(questions, q => q.Type == t && q.IsDev));
        Assert.All(ChatQuestion.Types, t => Assert.Contains(questions, q => q.Type == t && !q.IsDev));
        AssertAnswersOccurInGoldArticles(questions, articles);
    }

    private static void AssertAnswersOccurInGoldArticles(IReadOnlyList<ChatQuestion> questions, IReadOnlyDictionary<string, string> articles)
    {
        Assert.All(questions, q => Assert.All(q.Articles, id => Assert.True(articles.ContainsKey(id), $"{q.Id}: no article {id}")));
        var wrong = questions.SelectMany(q => q.Parts
                .SelectMany(part => part)
                .Where(answer => !AnswerText.ContainsAny(string.Join("\n", q.Articles.Select(id => articles[id])), [answer]))
                .Select(answer => $"{q.Id}: '{answer}'"))
            .ToArray();
        Assert.True(wrong.Length == 0, "answer strings not in the gold articles' text: " + string.Join(", ", wrong));
    }

    private string Write(string text)
    {
        var path = _temp.File("questions.jsonl");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
