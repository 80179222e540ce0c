namespace NewsBot.Core.ChatModels;

/// <summary>Which kind of chat-completions service writes answers.</summary>
public enum ChatModelProvider
{
    /// <summary>No model: answers are extractive (the default).</summary>
    None,
    /// <summary>
    /// Azure OpenAI through Azure.AI.OpenAI: the resource endpoint <c>https://NAME.openai.azure.com/</c> and a deployment
    /// (its v1 endpoint <c>…/openai/v1/</c> is accepted too).
    /// </summary>
    AzureOpenAI,
    /// <summary>OpenAI (<c>https://api.openai.com/v1</c> unless <see cref="ChatModelOptions.Endpoint"/> says otherwise).</summary>
    OpenAI,
    /// <summary>Any server speaking the OpenAI chat-completions protocol (Ollama, vLLM, llama.cpp) at <see cref="ChatModelOptions.Endpoint"/>.</summary>
    OpenAICompatible,
}
