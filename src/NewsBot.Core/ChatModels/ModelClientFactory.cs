using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace NewsBot.Core.ChatModels;

/// <summary>
/// Builds the official SDK client for a provider and hands it to the core through Microsoft.Extensions.AI.OpenAI:
/// Azure OpenAI's resource endpoint through <see cref="AzureOpenAIClient"/> (deployment URL, <c>api-version</c>,
/// <c>api-key</c> or Entra ID); Azure's v1 endpoint, OpenAI and OpenAI-compatible servers through <see cref="OpenAIClient"/>.
/// Every client gets <see cref="ModelRetryPolicy"/> as its one retry layer.
/// </summary>
internal static class ModelClientFactory
{
    /// <summary>The <c>api-version</c> used on an Azure resource endpoint unless <see cref="ChatModelOptions.ApiVersion"/> says otherwise.</summary>
    public const string DefaultAzureApiVersion = "2024-10-21";

    /// <summary>The service versions Azure.AI.OpenAI 2.1.0 can speak, by their <c>api-version</c> string.</summary>
    public static readonly IReadOnlyDictionary<string, AzureOpenAIClientOptions.ServiceVersion> AzureApiVersions =
        new Dictionary<string, AzureOpenAIClientOptions.ServiceVersion>(StringComparer.OrdinalIgnoreCase)
        {
            ["2024-06-01"] = AzureOpenAIClientOptions.ServiceVersion.V2024_06_01,
            ["2024-10-21"] = AzureOpenAIClientOptions.ServiceVersion.V2024_10_21,
        };

    // Entra ID tokens for Azure OpenAI are issued for this scope (AzureOpenAIClient asks for it by itself).
    private const string AzureScope = "https://cognitiveservices.azure.com/.default";

    /// <param name="entraCredential">The Entra ID token source when <see cref="ChatModelOptions.UseEntraId"/> is set; default DefaultAzureCredential.</param>
    /// <param name="transport">The HTTP transport; default the SDK's own (tests pass one that trusts a loopback certificate).</param>
    public static IChatClient CreateChatClient(
        ChatModelOptions options, TokenCredential? entraCredential = null, PipelineTransport? transport = null)
    {
        var model = options.Model ?? throw new InvalidOperationException("ChatModel:Model is required.");
        return CreateClient(ModelConnection.From(options), entraCredential, transport).GetChatClient(model).AsIChatClient();
    }

    /// <summary>
    /// An embedding generator for an OpenAI or Azure OpenAI embedding deployment (<paramref name="deployment"/>: the model
    /// name on OpenAI), reached like the chat model; for an <c>Embeddings:Provider</c> of OpenAI or AzureOpenAI.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> CreateEmbeddingGenerator(
        ModelConnection connection, string deployment, TokenCredential? entraCredential = null, PipelineTransport? transport = null) =>
        CreateClient(connection, entraCredential, transport).GetEmbeddingClient(deployment).AsIEmbeddingGenerator();

    /// <summary>The SDK client for the connection; an <see cref="AzureOpenAIClient"/> for an Azure resource endpoint.</summary>
    public static OpenAIClient CreateClient(
        ModelConnection connection, TokenCredential? entraCredential = null, PipelineTransport? transport = null)
    {
        var endpoint = string.IsNullOrWhiteSpace(connection.Endpoint) ? null : new Uri(connection.Endpoint);
        return connection.Provider == ChatModelProvider.AzureOpenAI && endpoint is not null && !ModelConnection.IsAzureV1(endpoint)
            ? CreateAzureClient(connection, endpoint, entraCredential, transport)
            : CreateOpenAIClient(connection, endpoint, entraCredential, transport);
    }

    private static AzureOpenAIClient CreateAzureClient(
        ModelConnection connection, Uri endpoint, TokenCredential? entraCredential, PipelineTransport? transport)
    {
        var options = new AzureOpenAIClientOptions(AzureApiVersions[connection.ApiVersion ?? DefaultAzureApiVersion])
        {
            RetryPolicy = new ModelRetryPolicy(connection.MaxRetries),
            NetworkTimeout = connection.NetworkTimeout,
        };
        if (transport is not null)
            options.Transport = transport;
        return connection.UseEntraId
            ? new AzureOpenAIClient(endpoint, entraCredential ?? new DefaultAzureCredential(), options)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(connection.ApiKey!), options);
    }

    private static OpenAIClient CreateOpenAIClient(
        ModelConnection connection, Uri? endpoint, TokenCredential? entraCredential, PipelineTransport? transport)
    {
        var options = new OpenAIClientOptions
        {
            RetryPolicy = new ModelRetryPolicy(connection.MaxRetries),
            NetworkTimeout = connection.NetworkTimeout,
        };
        if (transport is not null)
            options.Transport = transport;
        if (endpoint is not null)
            options.Endpoint = endpoint;
        // The AuthenticationPolicy constructor is marked evaluation-only (OPENAI001), but it is the SDK's one way to send
        // Azure's api-key header or an Entra ID bearer token to the v1 endpoint; an ApiKeyCredential always goes as Bearer.
#pragma warning disable OPENAI001
        return new OpenAIClient(Authentication(connection, entraCredential), options);
#pragma warning restore OPENAI001
    }

    private static AuthenticationPolicy Authentication(ModelConnection connection, TokenCredential? entraCredential)
    {
        if (connection.Provider == ChatModelProvider.AzureOpenAI)
        {
            return connection.UseEntraId
                ? new BearerTokenPolicy(entraCredential ?? new DefaultAzureCredential(), AzureScope)
                : ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(new ApiKeyCredential(connection.ApiKey!), "api-key");
        }
        // Local servers (Ollama, llama.cpp) ignore the key, but the SDK requires one, so a placeholder is sent.
        var key = string.IsNullOrEmpty(connection.ApiKey) ? "unused" : connection.ApiKey;
        return ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(new ApiKeyCredential(key));
    }
}
