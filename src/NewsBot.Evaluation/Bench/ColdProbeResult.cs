namespace NewsBot.Evaluation.Bench;

/// <summary>What the cold-start child process measured about itself, sent to the parent as one JSON line.</summary>
internal sealed record ColdProbeResult(
    double OpenMs,
    double FirstAnswerMs,
    bool FirstAbstained,
    int Answered,
    double AnswerP50Ms,
    double AnswerP99Ms,
    double PeakRssMb);
