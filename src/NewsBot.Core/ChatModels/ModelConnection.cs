namespace NewsBot.Core.ChatModels;

/// <summary>
/// Where and how to reach a model service: the part of the settings that chat and embedding clients share, so an
/// embedding deployment can be reached the same way as the chat model (<see cref="ModelClientFactory"/>).
/// </summary>
/// <param name="Endpoint">Azure: the resource endpoint <c>https://NAME.openai.azure.com/</c> or its v1 endpoint
/// <c>…/openai/v1/</c>; others: the base address before <c>chat/completions</c> (null: api.openai.com).</param>
/// <param name="ApiVersion">Azure resource endpoint only: the service version (<c>api-version</c>); null for the default.</param>
/// <param name="NetworkTimeout">Per HTTP try; null for the SDK's default.</param>
internal sealed record ModelConnection(
    ChatModelProvider Provider,
    string? Endpoint,
    string? ApiKey,
    bool UseEntraId = false,
    string? ApiVersion = null,
    int MaxRetries = 2,
    TimeSpan? NetworkTimeout = null)
{
    public static ModelConnection From(ChatModelOptions options) => new(
        options.Provider, options.Endpoint, options.ApiKey, options.UseEntraId, options.ApiVersion, options.MaxRetries, options.Timeout);

    /// <summary>
    /// True for an Azure endpoint that names the v1 API (<c>…/openai/v1/</c>): it takes OpenAI's own URL scheme (the model in
    /// the body, no <c>api-version</c>), so it goes through the OpenAI SDK with Azure's authentication.
    /// </summary>
    public static bool IsAzureV1(Uri endpoint) =>
        endpoint.AbsolutePath.TrimEnd('/').EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase);
}
