namespace NewsBot.Core.Ingest;

/// <summary>What reading one input produced: its articles, the reasons its bad records (or the whole input) failed.</summary>
/// <param name="Failed">True when nothing of the input could be read (its stored articles must survive a sync).</param>
internal sealed record ReadInput(IngestInput Input, IReadOnlyList<PreparedArticle> Articles, IReadOnlyList<string> Problems, bool Failed)
{
    public static ReadInput Failure(IngestInput input, string reason) => new(input, [], [reason], true);
}
