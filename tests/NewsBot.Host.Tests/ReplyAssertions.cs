using System.Text.Json;

namespace NewsBot.Host.Tests;

/// <summary>Checks on the reply record's wire form (camelCase JSON), asserting stable facts, not exact wording.</summary>
internal static class ReplyAssertions
{
    private static readonly string[] CitationFields = ["n", "articleId", "title", "url", "published", "passageId", "quote"];

    /// <summary>"where did they meet?" names New Delhi citing the article that says so, and shows the Mumbai report with its own citation.</summary>
    public static void NamesNewDelhiAndCitesMumbaiSeparately(JsonElement reply)
    {
        Assert.False(reply.GetProperty("abstained").GetBoolean(), reply.ToString());
        var answer = reply.GetProperty("answer").GetString()!;
        Assert.Contains("Delhi", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mumbai", answer, StringComparison.OrdinalIgnoreCase);
        Assert.True(reply.GetProperty("sourcesDiffer").GetBoolean(), "the reply should say the sources differ: " + reply);

        var citations = AllCitationsAreSound(reply);
        var delhi = Assert.Single(citations, c => c.ArticleId == SampleArticles.NewDelhiId && c.Quote.Contains("New Delhi", StringComparison.Ordinal));
        var mumbai = Assert.Single(citations, c => c.ArticleId == SampleArticles.MumbaiId && c.Quote.Contains("Mumbai", StringComparison.Ordinal));
        Assert.NotEqual(delhi.N, mumbai.N);
    }

    /// <summary>A not-found answer: abstained, no citations.</summary>
    public static void Abstains(JsonElement reply)
    {
        Assert.True(reply.GetProperty("abstained").GetBoolean(), reply.ToString());
        Assert.Equal(0, reply.GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, reply.GetProperty("closest").ValueKind);
    }

    /// <summary>Every citation has the contract's fields, its [n] marker is in the answer, and its quote is verbatim in the article.</summary>
    public static IReadOnlyList<(int N, string ArticleId, string Quote)> AllCitationsAreSound(JsonElement reply)
    {
        var answer = reply.GetProperty("answer").GetString()!;
        var found = new List<(int, string, string)>();
        foreach (var citation in reply.GetProperty("citations").EnumerateArray())
        {
            foreach (var field in CitationFields)
                Assert.True(citation.TryGetProperty(field, out _), $"citation lacks '{field}': {citation}");
            var n = citation.GetProperty("n").GetInt32();
            var articleId = citation.GetProperty("articleId").GetString()!;
            var quote = citation.GetProperty("quote").GetString()!;
            Assert.Contains($"[{n}]", answer, StringComparison.Ordinal);
            Assert.StartsWith(articleId + "#", citation.GetProperty("passageId").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(quote));
            Assert.Contains(quote, SampleArticles.Text(articleId), StringComparison.Ordinal);
            found.Add((n, articleId, quote));
        }
        Assert.NotEmpty(found);
        return found;
    }
}
