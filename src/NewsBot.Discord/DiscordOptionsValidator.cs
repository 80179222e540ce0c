using NewsBot.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord;

/// <summary>Fails start-up with a message naming the setting when section <c>Discord</c> is half configured.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId) || !options.ApplicationId.All(char.IsAsciiDigit))
            failures.Add("Discord:ApplicationId must be the application's numeric id (Developer Portal → General Information).");
        if (options.InteractionsEnabled && !DiscordSignature.IsValidKey(options.PublicKey!))
            failures.Add("Discord:PublicKey must be the application's public key: 64 hex characters.");
        if (!options.ApiBaseUrl.IsAbsoluteUri)
            failures.Add("Discord:ApiBaseUrl must be an absolute URL such as https://discord.com/api/v10/.");
        if (options.UserRequestsPerMinute < 0)
            failures.Add("Discord:UserRequestsPerMinute must be 0 (no limit) or more.");
        if (options.QueueCapacity < 1)
            failures.Add("Discord:QueueCapacity must be at least 1.");
        if (options.Workers is < 1 or > 64)
            failures.Add("Discord:Workers must be between 1 and 64.");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add("Discord:MaxRetries must be between 0 and 10.");
        if (options.ReconnectBaseDelay <= TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectBaseDelay)
            failures.Add("Discord:ReconnectBaseDelay must be positive and not above Discord:ReconnectMaxDelay.");
        if (options.GatewayOwnerPollSeconds is not (>= 0.05 and <= 60))
            failures.Add("Discord:GatewayOwnerPollSeconds must be between 0.05 and 60.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
