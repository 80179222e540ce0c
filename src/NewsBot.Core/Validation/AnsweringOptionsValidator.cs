using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;

namespace NewsBot.Core.Validation;

/// <summary>Fails start-up with a message naming the setting when section <c>Answering</c> is out of range.</summary>
internal sealed class AnsweringOptionsValidator : IValidateOptions<AnsweringOptions>
{
    public ValidateOptionsResult Validate(string? name, AnsweringOptions options)
    {
        var failures = new List<string>();
        SettingRange.Check(failures, "Answering:TopK", options.TopK, 1, 100);
        SettingRange.Check(failures, "Answering:MaxPassagesPerArticle", options.MaxPassagesPerArticle, 1, 100);
        SettingRange.Check(failures, "Answering:MaxQuestionChars", options.MaxQuestionChars, 1, 100_000);
        SettingRange.Check(failures, "Answering:ConversationTurns", options.ConversationTurns, 0, 50);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
