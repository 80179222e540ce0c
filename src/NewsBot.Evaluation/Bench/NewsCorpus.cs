using NewsBot.Core.Articles;
using NewsBot.Evaluation.Datasets;

namespace NewsBot.Evaluation.Bench;

/// <summary>The real news the benchmarks start from: BBC (2,225) and the RealTimeQA GCS articles deduplicated by URL.</summary>
internal static class NewsCorpus
{
    public static IReadOnlyList<Article> Load(string bbcFolder, string gcsFolder, string realtimeQaFolder)
    {
        var bbc = BbcCorpus.Load(bbcFolder);
        var realtime = RealTimeQaDataset.Load(gcsFolder, realtimeQaFolder).Articles;
        return [.. bbc, .. realtime];
    }
}
