using NewsBot.Core.Passages;

namespace NewsBot.Evaluation.Bench;

/// <summary>One passage as a plain Lucene.Net index takes it: its id, and its title and text as one field.</summary>
internal sealed record PlainDocument(string Id, string Text)
{
    public static PlainDocument From(Passage passage) => new(passage.Id, passage.Title + "\n" + passage.Text);
}
