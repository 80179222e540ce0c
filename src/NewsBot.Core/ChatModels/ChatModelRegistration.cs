using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Conversations;

namespace NewsBot.Core.ChatModels;

/// <summary>Registers the chat-model answer writer when section <c>ChatModel</c> names a provider.</summary>
internal static class ChatModelRegistration
{
    public static IServiceCollection AddChatModel(this IServiceCollection services)
    {
        services.AddOptions<ChatModelOptions>().BindConfiguration(ChatModelOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatModelOptions>, ChatModelOptionsValidator>());

        // Registration happens before configuration is readable, so the provider is decided when the writer is resolved;
        // with Provider None the defaults (extractive writer, key-term rewriter) are returned.
        services.TryAddSingleton<IChatClient>(sp => ChatClientFactory.Create(sp.GetRequiredService<IOptions<ChatModelOptions>>().Value));
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<AnswerPromptBuilder>();
        services.TryAddSingleton<CitationChecker>();
        services.TryAddSingleton<ModelFallbackReplies>();
        services.TryAddSingleton<ModelAnswerWriter>();
        services.TryAddSingleton<ModelQuestionRewriter>();
        services.TryAddSingleton<KeyTermRewriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChatModelStartup>());
        services.TryAddSingleton<IAnswerWriter>(sp => ModelConfigured(sp)
            ? sp.GetRequiredService<ModelAnswerWriter>()
            : sp.GetRequiredService<ExtractiveAnswerWriter>());
        services.TryAddSingleton<IQuestionRewriter>(sp => ModelConfigured(sp)
            ? sp.GetRequiredService<ModelQuestionRewriter>()
            : sp.GetRequiredService<KeyTermRewriter>());
        return services;
    }

    private static bool ModelConfigured(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ChatModelOptions>>().Value.Provider != ChatModelProvider.None;
}
