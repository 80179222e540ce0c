namespace NewsBot.Core.ChatModels;

/// <summary>Settings of section <c>ChatModel</c>. <see cref="ApiKey"/> comes from the environment only (<c>ChatModel__ApiKey</c>).</summary>
public sealed class ChatModelOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "ChatModel";

    /// <summary>Which service writes answers; <see cref="ChatModelProvider.None"/> keeps the extractive answerer.</summary>
    public ChatModelProvider Provider { get; set; } = ChatModelProvider.None;

    /// <summary>
    /// Azure: the resource endpoint <c>https://NAME.openai.azure.com/</c> (or its v1 endpoint <c>…/openai/v1/</c>);
    /// others: the base address ending before <c>chat/completions</c>, e.g. <c>http://127.0.0.1:11434/v1/</c>.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name (the deployment name on Azure).</summary>
    public string? Model { get; set; }

    /// <summary>Azure resource endpoint only: the service version sent as <c>api-version</c> (default <c>2024-10-21</c>).</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The API key; required unless <see cref="UseEntraId"/> is set (OpenAI-compatible servers may not need one).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure only: authenticate with DefaultAzureCredential (managed identity, az login, …) instead of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>Sampling temperature; 0 keeps answers close to the passages.</summary>
    public float Temperature { get; set; }

    /// <summary>Upper bound on the tokens the model may write per answer.</summary>
    public int MaxOutputTokens { get; set; } = 800;

    /// <summary>Deadline for one answer, retries included; past it the extractive answer is shown with a note.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Budget for the prompt: passages are added best-first until it is reached (estimated at four characters a token).</summary>
    public int MaxPromptTokens { get; set; } = 6000;

    /// <summary>
    /// Send the passages in the extractive answer model's order (the one holding the likeliest answer sentence first,
    /// so it is read first and survives the prompt budget) rather than in retrieval order.
    /// </summary>
    public bool OrderPassagesByAnswer { get; set; } = true;

    /// <summary>Retries the SDK makes on 429 and 5xx (honouring <c>Retry-After</c>); the only retry layer on this path.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Folder holding the prompt files; default: <c>prompts</c> next to the app, else in the current directory.</summary>
    public string? PromptsFolder { get; set; }
}
