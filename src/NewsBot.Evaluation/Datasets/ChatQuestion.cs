namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// One question of our chat-style BBC set (<c>eval/chat-questions.jsonl</c>). <see cref="Parts"/> holds what the
/// reply must say: one part for answerable and false-premise questions (any of its variants will do), one part per
/// story for comparisons (every part must be said), none for unanswerable ones. <see cref="Stories"/> are the gold
/// BBC article ids (<c>bbc-&lt;topic&gt;-NNN</c>), each story with the other reports that state its fact: for a
/// comparison every story is to be cited (by any of its ids); otherwise any one id (an unanswerable question names the
/// story it is about). <see cref="Articles"/> lists them all. <see cref="Number"/> is the numeric part of the id, which
/// picks the half (even: dev, odd: held out). <see cref="Differ"/> (optional <c>"differ": true</c>) marks a one-fact
/// question whose gold stories disagree on that fact ("why did the war in ukraine begin in 2018": 2014 in one report,
/// "a year ago" in the other): "sources differ" is then the right reply, not a false disagreement.
/// </summary>
internal sealed record ChatQuestion(
    string Id,
    int Number,
    string Type,
    string Text,
    IReadOnlyList<IReadOnlyList<string>> Parts,
    IReadOnlyList<IReadOnlyList<string>> Stories,
    bool Differ = false)
{
    /// <summary>Every gold article id, of every story.</summary>
    public IReadOnlyList<string> Articles { get; } = [.. Stories.SelectMany(s => s)];

    public const string Answerable = "answerable";
    public const string Comparison = "comparison";
    public const string Unanswerable = "unanswerable";
    public const string FalsePremise = "false-premise";

    public static IReadOnlyList<string> Types { get; } = [Answerable, Comparison, Unanswerable, FalsePremise];

    public bool IsDev => Number % 2 == 0;
}
