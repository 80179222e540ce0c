using NewsBot.Evaluation.Training;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary>The chat-style training questions of <c>train-answerer</c>: the dev half of every file given, labelled by the answer strings.</summary>
public sealed class AnswerExamplesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Chat_examples_come_from_the_dev_half_of_every_file_each_labelled_by_its_answer()
    {
        var corpus = ChatRunTests.TwoStories(_temp);
        var first = _temp.File("chat.jsonl");
        File.WriteAllText(first, """
            {"id":"c002","type":"answerable","question":"how much are baltic docks paying for northern ports","answers":["£2.4bn"],"articles":["bbc-business-001"]}
            {"id":"c003","type":"answerable","question":"who is joining sporting lisbon","answers":["Tomas Varga"],"articles":["bbc-sport-002"]}
            """);
        var second = _temp.File("chat-train.jsonl");
        File.WriteAllText(second, """
            {"id":"t1000","type":"answerable","question":"how many clean sheets did varga keep","answers":["eleven"],"articles":["bbc-sport-002"]}
            {"id":"t1002","type":"unanswerable","question":"what colour are the cranes at the harbours","answers":[],"articles":["bbc-business-001"]}
            """);

        var examples = await AnswerExamples.FromChatAsync([first, second], corpus, CancellationToken.None);

        // c003 is held out (odd id); the other three are asked, in file order.
        Assert.Equal([2, 1000, 1002], examples.Select(e => e.Number));
        Assert.All(examples, e => Assert.Equal("chat", e.Source));
        Assert.True(examples[0].Labels.Count(l => l) >= 1);
        Assert.True(examples[1].Labels.Count(l => l) >= 1);
        Assert.False(examples[2].Answerable);
        Assert.DoesNotContain(true, examples[2].Labels);
    }

    [Fact]
    public async Task A_file_written_with_at_a_folder_is_asked_over_that_folders_articles_not_the_corpus()
    {
        var corpus = ChatRunTests.TwoStories(_temp);
        var small = Path.Combine(_temp.File("small"), "bbc", "extra");
        Directory.CreateDirectory(small);
        File.WriteAllText(Path.Combine(small, "001.txt"), "Lighthouse keeper retires\n\nThe keeper, Ada Moss, retired on Friday after 40 years at the light.\n");
        var questions = _temp.File("small.jsonl");
        File.WriteAllText(questions, """
            {"id":"s002","type":"answerable","question":"who retired from the lighthouse","answers":["Ada Moss"],"articles":["bbc-extra-001"]}
            """);

        var overSmall = await AnswerExamples.FromChatAsync([questions + "@" + _temp.File("small")], corpus, CancellationToken.None);
        var overCorpus = await AnswerExamples.FromChatAsync([questions], corpus, CancellationToken.None);

        Assert.Contains(true, Assert.Single(overSmall).Labels);
        Assert.DoesNotContain(true, Assert.Single(overCorpus).Labels);
    }

    public void Dispose() => _temp.Dispose();
}
