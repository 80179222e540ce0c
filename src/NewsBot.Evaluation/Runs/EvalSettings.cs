namespace NewsBot.Evaluation.Runs;

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
    string? MissesPath = null,
    DatasetHalf Half = DatasetHalf.All)
{
    /// <summary>True when the article (or loose record) numbered <paramref name="number"/> (0-based, in file order) is in the half asked for.</summary>
    public bool InHalf(int number) => Half switch
    {
        DatasetHalf.Train => number % 2 == 0,
        DatasetHalf.Test => number % 2 == 1,
        _ => true,
    };

    /// <summary>The records of the half asked for (loose-record files: even-numbered train, odd-numbered test).</summary>
    public IEnumerable<T> Halve<T>(IEnumerable<T> records) => records.Where((_, i) => InHalf(i));

    public IReadOnlyDictionary<string, string?> CoreSettings => Overrides ?? new Dictionary<string, string?>();

    public string Describe() =>
        (CoreSettings.Count == 0 ? "defaults" : string.Join(", ", CoreSettings.Select(s => $"{s.Key}={s.Value}")))
        + (Half == DatasetHalf.All ? "" : $"; {Half.ToString().ToLowerInvariant()} half (questions of the {(Half == DatasetHalf.Train ? "even" : "odd")}-numbered articles/records)");

    /// <summary>All questions, or <see cref="MaxQuestions"/> of them spread evenly over the dataset (not just its first articles).</summary>
    public IReadOnlyList<T> Cap<T>(IEnumerable<T> questions)
    {
        var all = questions.ToArray();
        if (MaxQuestions is not { } max || max >= all.Length)
            return all;
        return [.. Enumerable.Range(0, Math.Max(max, 0)).Select(i => all[(int)((long)i * all.Length / max)])];
    }
}
