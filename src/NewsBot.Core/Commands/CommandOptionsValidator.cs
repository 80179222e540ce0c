using Microsoft.Extensions.Options;
using NewsBot.Core.Validation;

namespace NewsBot.Core.Commands;

/// <summary>Fails start-up with a message naming the setting when section <c>Commands</c> is out of range.</summary>
internal sealed class CommandOptionsValidator : IValidateOptions<CommandOptions>
{
    // Slack shows at most 40 articles of a page (SlackListingRenderer); a larger page would hide the rest.
    public const int MaxPageSize = 40;

    public ValidateOptionsResult Validate(string? name, CommandOptions options)
    {
        var failures = new List<string>();
        SettingRange.Check(failures, "Commands:PageSize", options.PageSize, 1, MaxPageSize);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
