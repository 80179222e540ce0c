using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Bench;

/// <summary>What <see cref="ApiBench.Measure"/> saw: one-client latency, throughput and latency on several, the share of not-found replies.</summary>
internal sealed record AskLoadResult(LatencyTally Single, double PerSecond, LatencyTally Loaded, double NotFound);
