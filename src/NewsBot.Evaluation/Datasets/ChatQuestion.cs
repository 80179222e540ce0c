namespace NewsBot.Evaluation.Datasets;

/// <summary>
/// One question of our chat-style BBC set (<c>eval/chat-questions.jsonl</c>). <see cref="Parts"/> holds what the
/// reply must say: one part for answerable and false-premise questions (any of its variants will do), one part per
/// story for comparisons (every part must be said), none for unanswerable ones. <see cref="Articles"/> are the gold
/// BBC article ids (<c>bbc-&lt;topic&gt;-NNN</c>): for a comparison each story, all to be cited; otherwise the story
/// and any other report stating the same fact, one to be cited (an unanswerable question names the story it is about).
/// <see cref="Number"/> is the numeric part of the id, which picks the half (even: dev, odd: held out).
/// </summary>
internal sealed record ChatQuestion(
    string Id,
    int Number,
    string Type,
    string Text,
    IReadOnlyList<IReadOnlyList<string>> Parts,
    IReadOnlyList<string> Articles)
{
    public const string Answerable = "answerable";
    public const string Comparison = "comparison";
    public const string Unanswerable = "unanswerable";
    public const string FalsePremise = "false-premise";

    public static IReadOnlyList<string> Types { get; } = [Answerable, Comparison, Unanswerable, FalsePremise];

    public bool IsDev => Number % 2 == 0;
}
