using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>The citation check between the model's text and the reply shown, through the real writer and server.</summary>
public sealed class CitationCheckTests
{
    [Fact]
    public async Task Scripted_reply_citations_map_to_the_two_sample_articles_with_verbatim_quotes()
    {
        await using var harness = await ChatModelHarness.StartAsync(
            script: FakeChatResponse.Completion("They met in New Delhi [1]; one report says Mumbai [2]."));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.False(reply.Abstained);
        Assert.Equal("They met in New Delhi [1]; one report says Mumbai [2].", reply.Answer);
        Assert.Collection(reply.Citations,
            first =>
            {
                Assert.Equal((1, SampleHits.NewDelhiArticle), (first.N, first.ArticleId));
                Assert.Contains("met briefly on Thursday in New Delhi", first.Quote);
            },
            second =>
            {
                Assert.Equal((2, SampleHits.MumbaiArticle), (second.N, second.ArticleId));
                Assert.Equal("According to Mr. Blinken, the two had a brief encounter outside of the G20 meeting in Mumbai.", second.Quote);
            });
        foreach (var citation in reply.Citations)
            Assert.Contains(citation.Quote, SampleHits.ArticleText(citation.ArticleId));
        Assert.True(reply.SourcesDiffer);
        Assert.Null(reply.Note);
    }

    [Fact]
    public async Task Marker_for_a_passage_never_given_is_dropped_and_logged()
    {
        await using var harness = await ChatModelHarness.StartAsync(
            script: FakeChatResponse.Completion("They met in New Delhi [1][9]. The talks were in Mumbai [2]."));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal("They met in New Delhi [1]. The talks were in Mumbai [2].", reply.Answer);
        Assert.DoesNotContain("[9]", reply.Answer);
        Assert.Equal([1, 2], reply.Citations.Select(c => c.N));
        Assert.Contains(harness.Logs.Lines, line => line.Message.Contains("not given: [9]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Citations_are_renumbered_in_order_of_appearance_and_uncited_sentences_removed()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion(
            "A report places the encounter in Mumbai [2]. Blinken is famous for his cooking. Lavrov and Blinken met in New Delhi [1]."));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal("A report places the encounter in Mumbai [1]. Lavrov and Blinken met in New Delhi [2].", reply.Answer);
        Assert.Equal([SampleHits.MumbaiArticle, SampleHits.NewDelhiArticle], reply.Citations.Select(c => c.ArticleId));
        Assert.NotNull(reply.Note);
    }

    [Fact]
    public async Task Marker_after_the_full_stop_still_cites_its_sentence()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion("They met in New Delhi. [1]"));

        var (_, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal("They met in New Delhi. [1]", reply.Answer);
        Assert.Equal(SampleHits.NewDelhiArticle, Assert.Single(reply.Citations).ArticleId);
    }

    [Fact]
    public async Task Not_found_form_becomes_an_abstained_reply_naming_the_closest_articles()
    {
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion("NOT_FOUND"));

        var (deltas, reply) = await harness.WriteAsync("who won the 2022 World Cup?", SampleHits.Meeting());

        Assert.Empty(deltas); // the not-found form is never shown as text
        Assert.True(reply.Abstained);
        Assert.Empty(reply.Citations);
        Assert.Equal([SampleHits.NewDelhiArticle, SampleHits.MumbaiArticle], reply.Closest.Select(a => a.Id));
    }

    [Fact]
    public async Task Pieces_held_back_while_they_could_be_the_not_found_form_are_shown_once_they_are_not()
    {
        string[] pieces = ["NO", "T", " a single report doubts it: ", "they met in New Delhi [1]."];
        await using var harness = await ChatModelHarness.StartAsync(
            script: FakeChatResponse.Completion(string.Concat(pieces)) with { Pieces = pieces });

        var (deltas, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.Equal(["NOT a single report doubts it: ", "they met in New Delhi [1]."], deltas);
        Assert.False(reply.Abstained);
    }

    [Fact]
    public async Task Text_streams_in_pieces_before_the_checked_final_reply()
    {
        const string text = "They met in New Delhi [1]; one report says Mumbai [2] and [9].";
        await using var harness = await ChatModelHarness.StartAsync(script: FakeChatResponse.Completion(text));

        var (deltas, reply) = await harness.WriteAsync("where did they meet?", SampleHits.Meeting());

        Assert.True(deltas.Count > 5, $"expected many SSE pieces, got {deltas.Count}");
        Assert.Equal(text, string.Concat(deltas));
        Assert.Equal("They met in New Delhi [1]; one report says Mumbai [2] and.", reply.Answer);
    }
}
