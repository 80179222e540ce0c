using System.Globalization;

namespace NewsBot.Host.Startup;

/// <summary>What the CLI and the API accept from a person; anything else is refused with a message naming the problem.</summary>
internal static class InputLimits
{
    public const int MaxFilterChars = 200;
    public const int MaxConversationIdChars = 200;
    public const int MinSearchK = 1;
    public const int MaxSearchK = 50;
    public const int DefaultSearchK = 8;

    /// <summary>
    /// Null when the question is acceptable, else what is wrong with it. <paramref name="maxChars"/> is
    /// <c>Answering:MaxQuestionChars</c>, the limit every front end shares.
    /// </summary>
    public static string? QuestionProblem(string? question, int maxChars, string name = "question") => question?.Trim() switch
    {
        null => $"'{name}' is required.",
        { Length: 0 } => $"'{name}' is empty.",
        { Length: var length } when length > maxChars =>
            string.Create(CultureInfo.InvariantCulture, $"'{name}' is {length:N0} characters long; the limit is {maxChars:N0}."),
        _ => null,
    };
}
