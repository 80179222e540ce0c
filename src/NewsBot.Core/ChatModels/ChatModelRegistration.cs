using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Core.ChatModels;

/// <summary>Registers the chat-model answer writer when section <c>ChatModel</c> names a provider.</summary>
internal static class ChatModelRegistration
{
    public static IServiceCollection AddChatModel(this IServiceCollection services)
    {
        // Filled in by the chat-model feature: binds ChatModelOptions, and when Provider != None registers
        // IChatClient, the model IAnswerWriter and the model IQuestionRewriter before the defaults are tried.
        return services;
    }
}
