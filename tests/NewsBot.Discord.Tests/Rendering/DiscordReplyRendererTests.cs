using System.Text.Json;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rendering;

namespace NewsBot.Discord.Tests.Rendering;

public sealed class DiscordReplyRendererTests
{
    private static Citation Cite(int n, string? url = "https://example.com/a", string quote = "They met in New Delhi.") =>
        new(n, $"article-{n}", $"Title {n}", url, new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), $"article-{n}#0", quote);

    [Fact]
    public void Render_MarkersBecomeLinksAndSourcesBecomeFields()
    {
        var reply = new Reply("In New Delhi [1][2].", false, [Cite(1), Cite(2, url: null)]) { Question = "where did they meet?" };
        var embed = Assert.Single(Assert.Single(DiscordReplyRenderer.Render(reply)).Embeds!);
        Assert.Equal("where did they meet?", embed.Title);
        Assert.Equal("In New Delhi [[1]](https://example.com/a)[2].", embed.Description);
        Assert.Collection(embed.Fields!,
            f =>
            {
                Assert.Equal("[1] Title 1", f.Name);
                Assert.Contains("2023-03-02", f.Value);
                Assert.Contains("[source](https://example.com/a)", f.Value);
                Assert.Contains("> They met in New Delhi.", f.Value);
            },
            f => Assert.DoesNotContain("](", f.Value));
    }

    [Fact]
    public void Render_MarkdownInArticleText_IsShownAsWritten_NotAsLinksOrFormatting()
    {
        const string hostile = "Read **this** [here](https://evil.example) ||now||";
        var reply = new Reply(hostile + " [1]", false, [Cite(1, quote: hostile)]);
        var embed = DiscordReplyRenderer.Render(reply)[0].Embeds![0];

        Assert.Equal(@"Read \*\*this\*\* \[here\]\(https://evil.example\) \|\|now\|\| [[1]](https://example.com/a)", embed.Description);
        Assert.DoesNotContain("](https://evil", embed.Fields![0].Value);
        Assert.Contains(@"\[here\]\(https://evil.example\)", embed.Fields[0].Value);
    }

    private static AnswerSpan SpanOf(string answer, string part) => new(answer.IndexOf(part, StringComparison.Ordinal), part.Length);

    [Fact]
    public void Render_AskedForFact_IsBold_AndMarkdownInArticleTextStaysEscaped()
    {
        const string answer = "The *top* seller made £5m_*net* [here](https://evil.example) in 2005 [1].";
        var reply = new Reply(answer, false, [Cite(1)]) { Spans = [SpanOf(answer, " £5m_*net* "), SpanOf(answer, "2005")] };
        var embed = DiscordReplyRenderer.Render(reply)[0].Embeds![0];

        Assert.Equal(@"The \*top\* seller made **£5m\_\*net\*** \[here\]\(https://evil.example\) in **2005** [[1]](https://example.com/a).",
            embed.Description);
    }

    [Fact]
    public void Render_SpansOutOfRangeOrOverlapping_AreIgnored()
    {
        const string answer = "They met in New Delhi [1].";
        var reply = new Reply(answer, false, [Cite(1)]) { Spans = [new(20, 99), new(-1, 3), SpanOf(answer, "New Delhi"), new(12, 2), SpanOf(answer, "[1]")] };
        var embed = DiscordReplyRenderer.Render(reply)[0].Embeds![0];

        Assert.Equal("They met in **New Delhi** [[1]](https://example.com/a).", embed.Description);
    }

    [Fact]
    public void Render_UnsafeUrl_IsNotLinked()
    {
        var reply = new Reply("Yes [1].", false, [Cite(1, url: "javascript:alert(1)")]);
        var embed = DiscordReplyRenderer.Render(reply)[0].Embeds![0];
        Assert.Equal("Yes [1].", embed.Description);
    }

    [Fact]
    public void Render_Abstained_ShowsTheClosestArticles()
    {
        var closest = new ArticleSummary("004_97ff", "Ministers meet", null, "Reuters", "https://example.com/b");
        var reply = new Reply("I couldn't find that in the articles.", true, []) { Closest = [closest] };
        var embed = DiscordReplyRenderer.Render(reply)[0].Embeds![0];
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("Ministers meet", field.Name);
        Assert.Contains("`004_97ff`", field.Value);
        Assert.Equal(DiscordReplyRenderer.NotFoundColor, embed.Color);
    }

    [Fact]
    public void Render_Abstained_MarkdownInTheClosestArticlesSource_IsShownAsWritten()
    {
        var closest = new ArticleSummary("004_97ff", "Ministers meet", null, "[Wire](https://phish.example)", null);
        var reply = new Reply("I couldn't find that in the articles.", true, []) { Closest = [closest] };
        var field = Assert.Single(DiscordReplyRenderer.Render(reply)[0].Embeds![0].Fields!);
        Assert.Equal(@"`004_97ff` · \[Wire\]\(https://phish.example\)", field.Value);
    }

    [Fact]
    public void Render_HugeReply_StaysWithinEveryDiscordLimit()
    {
        var answer = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"Fact {i} [{i % 40 + 1}]."));
        var citations = Enumerable.Range(1, 40).Select(n => Cite(n, quote: new string('q', 2000))).ToList();
        var messages = DiscordReplyRenderer.Render(new Reply(answer, false, citations) { Question = new string('?', 400), Note = new string('n', 3000) });

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            Assert.InRange(message.Embeds!.Count, 1, 10);
            Assert.InRange(message.Embeds.Sum(e => e.CountedLength), 1, 6000);
            Assert.All(message.Embeds, e =>
            {
                Assert.InRange(e.Title?.Length ?? 0, 0, 256);
                Assert.InRange(e.Description?.Length ?? 0, 0, 4096);
                Assert.InRange(e.Fields?.Count ?? 0, 0, 25);
                Assert.All(e.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, 1024));
                Assert.InRange(e.Footer?.Text.Length ?? 0, 0, 2048);
            });
        }
        var fields = messages.SelectMany(m => m.Embeds!).SelectMany(e => e.Fields ?? []).ToList();
        Assert.Equal(40, fields.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"[{n}] Title {n}"), fields.Select(f => f.Name));
    }

    [Fact]
    public void Render_EveryMessageSuppressesAllMentions()
    {
        var reply = new Reply("@everyone @here <@&123> <@456> [1]", false, [Cite(1, quote: "@everyone look")]);
        foreach (var message in DiscordReplyRenderer.Render(reply))
        {
            var json = JsonSerializer.SerializeToElement(message, DiscordJson.Options);
            var mentions = json.GetProperty("allowed_mentions");
            Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
            Assert.False(mentions.GetProperty("replied_user").GetBoolean());
        }
    }

    [Fact]
    public void TextMessage_LongerThan2000_IsCut() =>
        Assert.Equal(2000, DiscordMessage.Text(new string('x', 5000)).Content!.Length);
}
