using NewsBot.Core.Articles;
using NewsBot.Core.Passages;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Passages;

public sealed class PassageSplitterTests
{
    [Fact]
    public void Passages_are_exact_slices_of_the_article_text_with_provenance()
    {
        var article = Article(Paragraphs(6, sentences: 5, words: 9));
        var passages = PassageSplitter.Split(article);
        Assert.True(passages.Count > 1);
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            Assert.Equal(article.Text[p.Start..p.End], p.Text);
            Assert.Equal((i, $"{article.Id}#{i}", article.Id, article.Title, article.Url, article.Published),
                (p.Ordinal, p.Id, p.ArticleId, p.Title, p.Url, p.Published));
        }
    }

    [Fact]
    public void Passages_cover_every_sentence_once_in_order()
    {
        var article = Article(Paragraphs(7, sentences: 4, words: 13));
        var passages = PassageSplitter.Split(article);
        var fromPassages = passages.SelectMany(p => SentenceSplitter.Split(article.Text, p.Start, p.End)).ToList();
        Assert.Equal(SentenceSplitter.Split(article.Text), fromPassages);
        for (var i = 1; i < passages.Count; i++)
            Assert.True(passages[i].Start >= passages[i - 1].End);
    }

    [Fact]
    public void Passages_stay_within_the_word_bounds()
    {
        // Paragraphs of 20–200 words in a varied pattern.
        var text = string.Join("\n\n", Enumerable.Range(0, 30).Select(i => Sentences((i * 7 % 10) + 2, words: 9 + i % 4, seed: i)));
        var passages = PassageSplitter.Split(Article(text));
        foreach (var p in passages)
            Assert.InRange(PassageSplitter.CountWords(p.Text, 0, p.Text.Length), PassageSplitter.MinWords, PassageSplitter.MaxWords);
    }

    [Fact]
    public void Passages_never_end_inside_a_sentence()
    {
        var article = Article(Sentences(60, words: 11, seed: 3));
        var sentences = SentenceSplitter.Split(article.Text);
        foreach (var p in PassageSplitter.Split(article))
        {
            Assert.Contains(sentences, s => s.Start == p.Start);
            Assert.Contains(sentences, s => s.End == p.End);
            Assert.EndsWith(".", p.Text);
        }
    }

    [Fact]
    public void Paragraph_ends_are_preferred_once_a_passage_is_long_enough()
    {
        var first = Sentences(7, words: 10, seed: 1);
        var second = Sentences(7, words: 10, seed: 2);
        var article = Article(first + "\n\n" + second);
        Assert.Equal([first, second], PassageSplitter.Split(article).Select(p => p.Text));
    }

    [Fact]
    public void A_sentence_longer_than_the_maximum_is_a_passage_of_its_own()
    {
        var longSentence = "Officials said " + string.Join(' ', Enumerable.Repeat("and then more", 80)) + " in the end.";
        var before = Sentences(3, words: 10, seed: 4);
        var after = Sentences(8, words: 10, seed: 5);
        var article = Article(before + " " + longSentence + " " + after);
        var passages = PassageSplitter.Split(article);
        Assert.Equal([before, longSentence, after], passages.Select(p => p.Text));
    }

    [Fact]
    public void A_small_trailing_paragraph_joins_the_previous_passage()
    {
        var body = Sentences(10, words: 10, seed: 6);
        var tail = "Reporting by Jane Doe.";
        var passages = PassageSplitter.Split(Article(body + "\n\n" + tail));
        Assert.Single(passages);
        Assert.EndsWith(tail, passages[0].Text);
    }

    [Fact]
    public void A_short_tail_that_cannot_join_takes_sentences_from_the_passage_before()
    {
        var body = Sentences(17, words: 10, seed: 7); // 170 words
        var tail = Sentences(2, words: 10, seed: 8);  // 20 words: 190 together is too long
        var passages = PassageSplitter.Split(Article(body + "\n\n" + tail));
        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.InRange(PassageSplitter.CountWords(p.Text, 0, p.Text.Length), 60, 180));
    }

    [Fact]
    public void A_short_article_is_one_passage_and_whitespace_only_text_none()
    {
        Assert.Equal("Markets rose.", Assert.Single(PassageSplitter.Split(Article("  Markets rose.\n"))).Text);
        Assert.Empty(PassageSplitter.Split(Article(" \n ")));
    }

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_a_passage()
    {
        var text = Sentences(5, words: 10, seed: 9) + " Mr. Blinken met U.S. officials at 10 a.m. and paid £15.8m for it. "
            + Sentences(20, words: 10, seed: 10);
        var passages = PassageSplitter.Split(Article(text));
        Assert.Contains(passages, p => p.Text.Contains("Mr. Blinken met U.S. officials at 10 a.m. and paid £15.8m for it.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_article_passages_are_exact_and_within_bounds()
    {
        var path = Path.Combine(RepoPaths.SampleArticles, "000_6a9e5e658e7f90a5.txt");
        var article = PlainTextArticleReader.Read(ArticleTextDecoder.Decode(File.ReadAllBytes(path)), "000_6a9e5e658e7f90a5");
        var passages = PassageSplitter.Split(article);
        Assert.Contains(passages, p => p.Text.Contains("New Delhi", StringComparison.Ordinal));
        Assert.All(passages, p => Assert.Equal(article.Text[p.Start..p.End], p.Text));
        Assert.All(passages, p => Assert.InRange(PassageSplitter.CountWords(p.Text, 0, p.Text.Length), 1, PassageSplitter.MaxWords));
    }

    private static Article Article(string text) =>
        new("world/test", "Test title", text, "https://example.com/test", new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), "Example");

    private static string Paragraphs(int count, int sentences, int words) =>
        string.Join("\n\n", Enumerable.Range(0, count).Select(i => Sentences(sentences, words, seed: i)));

    // Sentences of exactly `words` words each, starting upper case and ending in a full stop.
    private static string Sentences(int count, int words, int seed) =>
        string.Join(' ', Enumerable.Range(0, count).Select(s =>
            "Word" + (seed * 100 + s) + " " + string.Join(' ', Enumerable.Range(1, words - 1).Select(w => "w" + w)) + "."));
}
