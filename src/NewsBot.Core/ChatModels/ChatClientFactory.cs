using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace NewsBot.Core.ChatModels;

/// <summary>Builds the OpenAI SDK client for the configured provider: endpoint, authentication, retries and network timeout.</summary>
internal static class ChatClientFactory
{
    // Entra ID tokens for Azure OpenAI are issued for this scope.
    private const string AzureScope = "https://cognitiveservices.azure.com/.default";

    /// <param name="entraCredential">The Entra ID token source when <see cref="ChatModelOptions.UseEntraId"/> is set; default DefaultAzureCredential.</param>
    /// <param name="transport">The HTTP transport; default the SDK's own (tests pass one that trusts a loopback certificate).</param>
    public static IChatClient Create(
        ChatModelOptions options, AuthenticationTokenProvider? entraCredential = null, PipelineTransport? transport = null)
    {
        var model = options.Model ?? throw new InvalidOperationException("ChatModel:Model is required.");
        var clientOptions = new OpenAIClientOptions
        {
            // The SDK's own retry policy is the one retry layer on this path: 429/5xx, honouring Retry-After.
            RetryPolicy = new ClientRetryPolicy(options.MaxRetries),
            NetworkTimeout = options.Timeout,
        };
        if (transport is not null)
            clientOptions.Transport = transport;
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
            clientOptions.Endpoint = new Uri(options.Endpoint);
        // The AuthenticationPolicy constructor is marked evaluation-only (OPENAI001), but it is the SDK's one way to send
        // Azure's api-key header or an Entra ID bearer token; the ApiKeyCredential constructor always sends Authorization: Bearer.
#pragma warning disable OPENAI001
        var client = new ChatClient(model, Authentication(options, entraCredential), clientOptions);
#pragma warning restore OPENAI001
        return new OpenAIChatClientAdapter(client, model);
    }

    private static AuthenticationPolicy Authentication(ChatModelOptions options, AuthenticationTokenProvider? entraCredential)
    {
        if (options.Provider == ChatModelProvider.AzureOpenAI)
        {
            return options.UseEntraId
                ? new BearerTokenPolicy(entraCredential ?? new DefaultAzureCredential(), AzureScope)
                : ApiKeyAuthenticationPolicy.CreateHeaderApiKeyPolicy(new ApiKeyCredential(options.ApiKey!), "api-key");
        }
        // Local servers (Ollama, llama.cpp) ignore the key, but the SDK requires one, so a placeholder is sent.
        var key = string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey;
        return ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(new ApiKeyCredential(key));
    }
}
