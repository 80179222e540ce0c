using System.Globalization;

namespace NewsBot.Host.Startup;

/// <summary>What the CLI and the API accept from a person; anything else is refused with a message naming the problem.</summary>
internal static class InputLimits
{
    public const int MaxQuestionChars = NewsBot.Core.Answering.AnsweringOptions.DefaultMaxQuestionChars;
    public const int MaxFilterChars = 200;
    public const int MaxConversationIdChars = 200;
    public const int MinSearchK = 1;
    public const int MaxSearchK = 50;
    public const int DefaultSearchK = 8;

    /// <summary>Null when the question is acceptable, else what is wrong with it.</summary>
    public static string? QuestionProblem(string? question, string name = "question") => question?.Trim() switch
    {
        null => $"'{name}' is required.",
        { Length: 0 } => $"'{name}' is empty.",
        { Length: > MaxQuestionChars } trimmed =>
            string.Create(CultureInfo.InvariantCulture, $"'{name}' is {trimmed.Length:N0} characters long; the limit is {MaxQuestionChars:N0}."),
        _ => null,
    };
}
