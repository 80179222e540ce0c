namespace NewsBot.Host.Evaluation.Runs;

/// <summary>
/// What every eval run takes: how many passages to retrieve and to answer from, an optional cap on questions
/// (for quick runs while tuning), configuration overrides applied to the core (<c>--set Key=Value</c>), and where to
/// log retrieval misses (<c>--misses FILE</c>).
/// </summary>
internal sealed record EvalSettings(
    int SearchK = 10,
    int AnswerK = 8,
    int? MaxQuestions = null,
    bool Extractive = true,
    IReadOnlyDictionary<string, string?>? Overrides = null,
    string? MissesPath = null)
{
    public IReadOnlyDictionary<string, string?> CoreSettings => Overrides ?? new Dictionary<string, string?>();

    public string Describe() =>
        CoreSettings.Count == 0 ? "defaults" : string.Join(", ", CoreSettings.Select(s => $"{s.Key}={s.Value}"));

    /// <summary>All questions, or <see cref="MaxQuestions"/> of them spread evenly over the dataset (not just its first articles).</summary>
    public IReadOnlyList<T> Cap<T>(IEnumerable<T> questions)
    {
        var all = questions.ToArray();
        if (MaxQuestions is not { } max || max >= all.Length)
            return all;
        return [.. Enumerable.Range(0, Math.Max(max, 0)).Select(i => all[(int)((long)i * all.Length / max)])];
    }
}
