using System.Globalization;
using NewsBot.Core.Answering;
using NewsBot.Core.Articles;

namespace NewsBot.Host.Cli;

/// <summary>How <c>ask</c> prints a reply for a person: the answer, then the numbered sources.</summary>
internal static class ReplyText
{
    public static void Write(TextWriter output, Reply reply)
    {
        output.WriteLine(reply.Answer);
        if (reply.Note is { Length: > 0 } note)
            output.WriteLine($"Note: {note}");
        if (reply.SourcesDiffer)
            output.WriteLine("Note: the sources differ on this; each side is cited.");

        if (reply.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sources:");
            foreach (var citation in reply.Citations)
            {
                output.WriteLine($"  [{citation.N}] {Line(citation.Title, citation.Published, citation.Url)}");
                output.WriteLine($"      \"{citation.Quote}\"");
            }
        }

        if (reply.Abstained && reply.Closest.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Closest articles:");
            foreach (var article in reply.Closest)
                output.WriteLine($"  {article.Id}  {Line(article.Title, article.Published, article.Url)}");
        }
    }

    /// <summary>"Title · 2023-03-02 · https://…", leaving out what is unknown.</summary>
    public static string Line(string title, DateTimeOffset? published, string? url) =>
        string.Join(" · ", new[] { title, Date(published), url }.Where(part => !string.IsNullOrEmpty(part)));

    public static string Date(DateTimeOffset? published) =>
        published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Line(ArticleSummary article) => Line(article.Title, article.Published, article.Url);
}
