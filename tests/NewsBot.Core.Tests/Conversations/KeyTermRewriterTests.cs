using NewsBot.Core.Conversations;

namespace NewsBot.Core.Tests.Conversations;

public sealed class KeyTermRewriterTests
{
    private static readonly ConversationTurn Meeting =
        new("where did they meet?", "where did they meet?", "In New Delhi [1]; one report says Mumbai [2].");

    [Fact]
    public async Task Follow_up_pointing_back_carries_the_previous_questions_key_terms()
    {
        var rewritten = await new KeyTermRewriter().RewriteAsync("when did that happen?", [Meeting], default);

        Assert.StartsWith("when did that happen?", rewritten);
        Assert.Contains("meet", rewritten);
    }

    [Fact]
    public async Task Follow_up_with_hardly_any_words_of_its_own_carries_them_too()
    {
        var turn = new ConversationTurn("what did Blinken urge about New START?", "what did Blinken urge about New START?", "…");

        var rewritten = await new KeyTermRewriter().RewriteAsync("and why?", [turn], default);

        Assert.Contains("blinken", rewritten);
        Assert.Contains("start", rewritten);
    }

    [Fact]
    public async Task A_chain_of_follow_ups_keeps_the_original_subject()
    {
        var rewriter = new KeyTermRewriter();
        var second = await rewriter.RewriteAsync("when did that happen?", [Meeting], default);

        var third = await rewriter.RewriteAsync("how long was it?", [Meeting, new("when did that happen?", second, "On Thursday [1].")], default);

        Assert.Contains("meet", third);
    }

    [Theory]
    [InlineData("Who is Paul Whelan?")]
    [InlineData("What is the New START treaty?")]
    public async Task Standalone_question_is_unchanged(string question) =>
        Assert.Equal(question, await new KeyTermRewriter().RewriteAsync(question, [Meeting], default));

    [Fact]
    public async Task Without_history_the_question_is_unchanged() =>
        Assert.Equal("when did that happen?", await new KeyTermRewriter().RewriteAsync("when did that happen?", [], default));

    [Fact]
    public async Task Terms_already_in_the_follow_up_are_not_repeated()
    {
        var rewritten = await new KeyTermRewriter().RewriteAsync("when did they meet?", [Meeting], default);

        Assert.Equal("when did they meet?", rewritten);
    }
}
