using Microsoft.Extensions.Options;

namespace NewsBot.Core.ChatModels;

/// <summary>Fails start-up with a message naming the setting when section <c>ChatModel</c> is wrong or incomplete.</summary>
internal sealed class ChatModelOptionsValidator : IValidateOptions<ChatModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatModelOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
            return ValidateOptionsResult.Fail("ChatModel:Provider must be None, AzureOpenAI, OpenAI or OpenAICompatible.");
        if (options.Provider == ChatModelProvider.None)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        var provider = options.Provider;
        var needsEndpoint = provider is ChatModelProvider.AzureOpenAI or ChatModelProvider.OpenAICompatible;
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            if (needsEndpoint)
                failures.Add($"ChatModel:Endpoint is required when Provider is {provider}.");
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            failures.Add($"ChatModel:Endpoint must be an absolute http(s) URL; got '{options.Endpoint}'.");
        }
        else if (provider == ChatModelProvider.AzureOpenAI && AzureEndpointProblem(endpoint) is { } problem)
        {
            failures.Add(problem);
        }
        if (options.ApiVersion is not null)
        {
            if (provider != ChatModelProvider.AzureOpenAI)
                failures.Add("ChatModel:ApiVersion applies to Provider AzureOpenAI only.");
            else if (Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var v1) && ModelConnection.IsAzureV1(v1))
                failures.Add("ChatModel:ApiVersion does not apply to the v1 endpoint (…/openai/v1/); remove it, or give the resource endpoint https://NAME.openai.azure.com/.");
            else if (!ModelClientFactory.AzureApiVersions.ContainsKey(options.ApiVersion))
                failures.Add($"ChatModel:ApiVersion must be one of {string.Join(", ", ModelClientFactory.AzureApiVersions.Keys)}; got '{options.ApiVersion}'.");
        }
        if (string.IsNullOrWhiteSpace(options.Model))
            failures.Add($"ChatModel:Model is required when Provider is {provider}" + (provider == ChatModelProvider.AzureOpenAI ? " (the deployment name)." : "."));
        // Bearer tokens are never sent over plain http (the SDK refuses), so say so at start rather than per question.
        if (options.UseEntraId && Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var entraEndpoint) && entraEndpoint.Scheme != "https")
            failures.Add("ChatModel:Endpoint must use https when ChatModel:UseEntraId is set.");
        if (options.UseEntraId && provider != ChatModelProvider.AzureOpenAI)
            failures.Add("ChatModel:UseEntraId applies to Provider AzureOpenAI only.");
        if (options.UseEntraId && !string.IsNullOrEmpty(options.ApiKey))
            failures.Add("ChatModel:ApiKey and ChatModel:UseEntraId are both set; choose one.");
        if (!options.UseEntraId && string.IsNullOrEmpty(options.ApiKey) && provider != ChatModelProvider.OpenAICompatible)
            failures.Add($"ChatModel:ApiKey is required when Provider is {provider} (set the environment variable ChatModel__ApiKey"
                + (provider == ChatModelProvider.AzureOpenAI ? ", or set ChatModel:UseEntraId)." : ")."));
        if (options.Temperature is < 0 or > 2 || float.IsNaN(options.Temperature))
            failures.Add("ChatModel:Temperature must be between 0 and 2.");
        if (options.MaxOutputTokens < 1)
            failures.Add("ChatModel:MaxOutputTokens must be at least 1.");
        if (options.MaxPromptTokens < 200)
            failures.Add("ChatModel:MaxPromptTokens must be at least 200.");
        if (options.Timeout <= TimeSpan.Zero)
            failures.Add("ChatModel:Timeout must be positive (e.g. 00:00:30).");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add("ChatModel:MaxRetries must be between 0 and 10.");
        var prompts = PromptLibrary.ResolveFolder(options.PromptsFolder);
        foreach (var prompt in PromptLibrary.Required)
        {
            var path = Path.Combine(prompts, prompt + ".md");
            if (!File.Exists(path))
                failures.Add($"ChatModel:PromptsFolder: prompt file '{path}' is missing.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // AzureOpenAIClient appends openai/deployments/{Model}/… itself, so a full operation URL would be doubled.
    private static string? AzureEndpointProblem(Uri endpoint) =>
        endpoint.AbsolutePath.Contains("/deployments", StringComparison.OrdinalIgnoreCase)
        || endpoint.AbsolutePath.Contains("/chat/completions", StringComparison.OrdinalIgnoreCase)
            ? $"ChatModel:Endpoint must be the resource endpoint (https://NAME.openai.azure.com/) or the v1 endpoint (…/openai/v1/), "
              + $"with the deployment name in ChatModel:Model; got '{endpoint}'."
            : null;
}
