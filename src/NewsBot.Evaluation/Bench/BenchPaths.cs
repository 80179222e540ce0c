namespace NewsBot.Evaluation.Bench;

/// <summary>Where the benchmark corpora are: <c>--datasets</c> (default <c>../shared/datasets</c>).</summary>
internal sealed record BenchPaths(string Datasets)
{
    public const string DefaultDatasets = "../shared/datasets";

    public string Bbc => Path.Combine(Datasets, "bbc_news_fulltext");

    public string Gcs => Path.Combine(Datasets, "realtimeqa_gcs_2022");

    public string RealTimeQa => Path.Combine(Datasets, "realtimeqa");

    public string SquadV11 => Path.Combine(Datasets, "squad", "dev-v1.1.reconstructed.json");
}
