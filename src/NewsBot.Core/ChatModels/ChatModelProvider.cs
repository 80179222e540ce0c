namespace NewsBot.Core.ChatModels;

/// <summary>Which kind of chat-completions service writes answers.</summary>
public enum ChatModelProvider
{
    /// <summary>No model: answers are extractive (the default).</summary>
    None,
    /// <summary>Azure OpenAI through its v1 endpoint <c>https://RESOURCE.openai.azure.com/openai/v1/</c>.</summary>
    AzureOpenAI,
    /// <summary>OpenAI (<c>https://api.openai.com/v1</c> unless <see cref="ChatModelOptions.Endpoint"/> says otherwise).</summary>
    OpenAI,
    /// <summary>Any server speaking the OpenAI chat-completions protocol (Ollama, vLLM, llama.cpp) at <see cref="ChatModelOptions.Endpoint"/>.</summary>
    OpenAICompatible,
}
