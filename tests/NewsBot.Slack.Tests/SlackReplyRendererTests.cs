using System.Text.Json.Nodes;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Slack.Rendering;
using NewsBot.Slack.WebApi;

namespace NewsBot.Slack.Tests;

public sealed class SlackReplyRendererTests
{
    private static readonly DateTimeOffset March2 = new(2023, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static Citation Cite(int n, string? url, string title = "G20 ministers meet", string quote = "They met in New Delhi.") =>
        new(n, $"art{n}", title, url, March2, $"art{n}#0", quote);

    internal static IEnumerable<string> Texts(SlackMessage message) =>
        message.Blocks.OfType<JsonObject>().SelectMany(block => block["type"]!.GetValue<string>() switch
        {
            "section" => [block["text"]!["text"]!.GetValue<string>()],
            "context" => block["elements"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()),
            _ => [],
        });

    [Fact]
    public void Markers_link_to_the_source_url_where_there_is_one()
    {
        var reply = new Reply("They met in New Delhi [1][2].", false, [Cite(1, "https://example.com/a?x=1&y=2"), Cite(2, null)]);

        var message = SlackReplyRenderer.Render(reply);

        var section = Texts(message).First();
        Assert.Equal("They met in New Delhi <https://example.com/a?x=1&amp;y=2|[1]>[2].", section);
    }

    [Fact]
    public void Each_source_gets_a_context_block_with_title_date_and_quote()
    {
        var message = SlackReplyRenderer.Render(new Reply("Answer [1].", false, [Cite(1, "https://example.com/a")]));

        var context = message.Blocks.OfType<JsonObject>().Single(b => b["type"]!.GetValue<string>() == "context");
        var elements = context["elements"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToList();
        Assert.Equal("*[1]* <https://example.com/a|G20 ministers meet> · 2 Mar 2023", elements[0]);
        Assert.Equal("“They met in New Delhi.”", elements[1]);
        Assert.Contains("Sources: [1] G20 ministers meet", message.Text);
    }

    [Fact]
    public void Article_text_can_never_become_a_mention_or_a_broadcast()
    {
        const string hostile = "<!channel> <!here|here> <!everyone> <@U123ABC> <#C123|general> @channel @here @everyone <https://evil.example|click> & done";
        var reply = new Reply(hostile + " [1]", false, [Cite(1, "https://example.com/a", title: "Title | with > pipes " + hostile, quote: hostile)])
        {
            Note = hostile,
        };

        var message = SlackReplyRenderer.Render(reply);
        var all = string.Join("\n", Texts(message).Append(message.Text));

        foreach (var forbidden in new[] { "<!", "<@", "<#", "<https://evil", "@channel", "@here", "@everyone" })
            Assert.DoesNotContain(forbidden, all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;!channel&gt;", all);
        Assert.Contains("&amp; done", all);
        // The one real link survives, with the title's pipe and bracket neutralised.
        Assert.Contains("<https://example.com/a|Title / with &gt; pipes", all);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/file")]
    public void Only_http_urls_become_links(string url)
    {
        var message = SlackReplyRenderer.Render(new Reply("Answer [1].", false, [Cite(1, url)]));
        Assert.DoesNotContain(Texts(message), t => t.Contains('<'));
    }

    [Fact]
    public void Huge_answers_and_many_sources_stay_within_block_kit_limits()
    {
        var answer = string.Join(" ", Enumerable.Repeat("A long sentence about the meeting [1].", 1000));
        var citations = Enumerable.Range(1, 120).Select(n => Cite(n, $"https://example.com/{n}", quote: new string('q', 5000))).ToList();

        var message = SlackReplyRenderer.Render(new Reply(answer, false, citations) { SourcesDiffer = true, Note = new string('n', 10000) });

        Assert.True(message.Blocks.Count <= SlackBlocks.MaxBlocks, $"{message.Blocks.Count} blocks");
        Assert.All(Texts(message), t => Assert.True(t.Length <= SlackBlocks.MaxSectionChars, $"{t.Length} chars"));
        Assert.All(message.Blocks.OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "context"),
            b => Assert.True(b["elements"]!.AsArray().Count <= SlackBlocks.MaxContextElements));
        Assert.True(message.Text.Length <= SlackBlocks.MaxFallbackChars);
        Assert.Contains(Texts(message), t => t.Contains("more sources"));
    }

    [Fact]
    public void Escaping_never_cuts_an_entity_in_half_at_the_section_limit()
    {
        var message = SlackReplyRenderer.Render(new Reply(new string('&', 2400), false, []));
        Assert.All(Texts(message), t => Assert.DoesNotMatch("&(a|am|amp)?…", t));
    }

    [Fact]
    public void Long_text_without_spaces_is_never_cut_through_a_surrogate_pair()
    {
        // 📰 is two UTF-16 units; odd limits would land between them. A lone surrogate makes Slack reject the JSON.
        var emoji = string.Concat(Enumerable.Repeat("📰", 4000));
        var reply = new Reply(emoji + " [1]", false, [Cite(1, "https://example.com/a", title: emoji, quote: emoji)]) { Note = emoji };

        var message = SlackReplyRenderer.Render(reply);

        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(Texts(message).Append(message.Text), t => strict.GetBytes(t));
    }

    [Fact]
    public void An_abstained_reply_shows_the_closest_articles()
    {
        var closest = new ArticleSummary("004_97ff", "Blinken and Lavrov in Delhi", March2, "Example", "https://example.com/d");
        var reply = new Reply("I couldn't find that in the articles I know.", true, []) { Closest = [closest] };

        var texts = Texts(SlackReplyRenderer.Render(reply)).ToList();

        Assert.Contains(texts, t => t.Contains("Closest articles"));
        Assert.Contains(texts, t => t.Contains("<https://example.com/d|Blinken and Lavrov in Delhi>") && t.Contains("`004_97ff`"));
    }

    [Fact]
    public void Differing_sources_are_flagged()
    {
        var reply = new Reply("Delhi [1], or Mumbai [2].", false, [Cite(1, null), Cite(2, null)]) { SourcesDiffer = true };
        Assert.Contains(Texts(SlackReplyRenderer.Render(reply)), t => t.Contains("Sources differ"));
    }

    [Fact]
    public void A_streamed_partial_answer_is_escaped_plain_text()
    {
        var message = SlackReplyRenderer.RenderPartial("They met <!here> in");
        Assert.Equal("They met &lt;!here&gt; in …", Texts(message).Single());
    }

    private static AnswerSpan SpanOf(string answer, string part) => new(answer.IndexOf(part, StringComparison.Ordinal), part.Length);

    [Fact]
    public void The_asked_for_fact_is_bold_and_escaping_holds_inside_and_outside_it()
    {
        const string answer = "Tom & Jerry <Ltd> paid £5m & <more> in 2005 [1].";
        var reply = new Reply(answer, false, [Cite(1, "https://example.com/a")]) { Spans = [SpanOf(answer, "£5m & <more>")] };

        var section = Texts(SlackReplyRenderer.Render(reply)).First();

        Assert.Equal("Tom &amp; Jerry &lt;Ltd&gt; paid *£5m &amp; &lt;more&gt;* in 2005 <https://example.com/a|[1]>.", section);
    }

    [Fact]
    public void A_star_inside_the_fact_cannot_end_the_bold_and_bold_next_to_a_word_gets_a_boundary()
    {
        const string answer = "It cost US$5*3m in total, a 10%rise [1].";
        var reply = new Reply(answer, false, [Cite(1, null)]) { Spans = [SpanOf(answer, "$5*3m "), SpanOf(answer, "10%")] };

        var section = Texts(SlackReplyRenderer.Render(reply)).First();

        Assert.Equal("It cost US\u200B*$5\u22173m* in total, a *10%*\u200Brise [1].", section);
    }

    [Fact]
    public void Spans_that_are_out_of_range_or_overlap_show_the_answer_plain()
    {
        const string answer = "They met in New Delhi [1].";
        var reply = new Reply(answer, false, [Cite(1, null)]) { Spans = [new(5, 400), new(-3, 2), SpanOf(answer, "New Delhi"), new(13, 4)] };

        Assert.Equal("They met in *New Delhi* [1].", Texts(SlackReplyRenderer.Render(reply)).First());
    }

    [Fact]
    public void A_fact_in_a_later_section_of_a_long_answer_is_bold_there()
    {
        var answer = string.Join(" ", Enumerable.Repeat("A long sentence about the meeting.", 100)) + " They met in Mumbai [1].";
        var reply = new Reply(answer, false, [Cite(1, null)]) { Spans = [SpanOf(answer, "Mumbai")] };

        var sections = Texts(SlackReplyRenderer.Render(reply)).Where(t => t.Contains("meeting")).ToList();

        Assert.True(sections.Count >= 2);
        Assert.EndsWith("They met in *Mumbai* [1].", sections.Last());
        Assert.DoesNotContain('*', string.Concat(sections.SkipLast(1)));
    }
}
