using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Conversations;

namespace NewsBot.Core.ChatModels;

/// <summary>Registers the chat-model answer writer when section <c>ChatModel</c> names a provider.</summary>
internal static class ChatModelRegistration
{
    /// <summary>The ActivitySource and Meter name of the chat-model calls, for an OpenTelemetry exporter to listen to.</summary>
    public const string TelemetrySource = "NewsBot.ChatModel";

    public static IServiceCollection AddChatModel(this IServiceCollection services)
    {
        services.AddOptions<ChatModelOptions>().BindConfiguration(ChatModelOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatModelOptions>, ChatModelOptionsValidator>());

        // Registration happens before configuration is readable, so the provider is decided when the writer is resolved;
        // with Provider None the defaults (extractive writer, key-term rewriter) are returned.
        // The Microsoft.Extensions.AI pipeline adds OpenTelemetry traces and token-usage metrics (gen_ai.*) under our source
        // name. Its log events are left out on purpose (no logger factory here, no UseLogging): both log every failed call
        // with its stack trace at Warning or Error, while a timeout, a 429 storm or a content filter is an expected outcome
        // here, logged once as one line by ModelAnswerWriter (docs/chat-models.md).
        services.TryAddSingleton<IChatClient>(sp =>
            new ChatClientBuilder(ModelClientFactory.CreateChatClient(sp.GetRequiredService<IOptions<ChatModelOptions>>().Value))
                .UseOpenTelemetry(NullLoggerFactory.Instance, TelemetrySource)
                .Build(sp));
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
