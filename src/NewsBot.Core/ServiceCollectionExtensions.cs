using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.ChatModels;
using NewsBot.Core.Commands;
using NewsBot.Core.Conversations;
using NewsBot.Core.Embeddings;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;
using NewsBot.Core.Validation;

namespace NewsBot.Core;

/// <summary>Registers the NewsBot core: index, ingest, sentence embeddings, answering, conversations, commands and the optional chat model.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the core services; options bind to sections <c>Index</c>, <c>Storage</c>, <c>Ingest</c>, <c>Answering</c>, <c>Extractive</c>, <c>Commands</c>, <c>Embeddings</c>, <c>ChatModel</c>, <c>Inbox</c>.</summary>
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services)
    {
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), $"{IndexOptions.Section}:{nameof(IndexOptions.Path)} must name the catalog file.")
            .Validate(o => o.PollSeconds is >= 0.05 and <= 60, $"{IndexOptions.Section}:{nameof(IndexOptions.PollSeconds)} must be between 0.05 and 60.")
            .ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{StorageOptions.Section}:{nameof(StorageOptions.Provider)} is Postgres, so {StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)} must be set " +
                "(environment variable Storage__ConnectionString, e.g. 'Host=db.internal;Database=newsbot;Username=newsbot;Password=...').")
            .ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.Section).ValidateOnStart();
        services.AddOptions<ExtractiveOptions>().BindConfiguration(ExtractiveOptions.Section).ValidateOnStart();
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnsweringOptions>, AnsweringOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExtractiveOptions>, ExtractiveOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandOptions>, CommandOptionsValidator>());
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section)
            .Validate(o => o.LeaseSeconds is >= 1 and <= 3600, $"{InboxOptions.Section}:{nameof(InboxOptions.LeaseSeconds)} must be between 1 and 3600.")
            .Validate(o => o.PollSeconds is >= 0.05 and <= 60, $"{InboxOptions.Section}:{nameof(InboxOptions.PollSeconds)} must be between 0.05 and 60.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, $"{InboxOptions.Section}:{nameof(InboxOptions.MaxAttempts)} must be between 1 and 100.")
            .Validate(o => o.KeepHours is >= 0.01 and <= 720, $"{InboxOptions.Section}:{nameof(InboxOptions.KeepHours)} must be between 0.01 and 720.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(OpenPassageIndex);
        services.AddIngest();
        services.AddEmbeddings();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<ExtractiveAnswerWriter>();
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        // Requests acknowledged to Slack or Discord: this host's memory unless a shared database replaces it.
        services.TryAddSingleton<IInbox, InMemoryInbox>();
        services.AddSingleton<InboxWork>();
        services.AddSingleton<InboxPoller>();
        services.AddSingleton<InboxReplies>();
        services.AddTransient<QueuedLeases>(); // one per front end: each keeps the leases of its own queue
        services.AddSingleton<AnswerService>();
        services.AddSingleton<BotCommands>();

        // The chat model, when configured, replaces the extractive writer and the key-term rewriter.
        services.AddChatModel();
        services.TryAddSingleton<IAnswerWriter>(sp => sp.GetRequiredService<ExtractiveAnswerWriter>());
        services.TryAddSingleton<IQuestionRewriter, KeyTermRewriter>();
        return services;
    }

    /// <summary>The passage index over the catalog <c>Storage:Provider</c> names (SQLite unless told otherwise).</summary>
    private static PassageIndex OpenPassageIndex(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IndexOptions>>();
        var logger = services.GetRequiredService<ILogger<PassageIndex>>();
        var time = services.GetRequiredService<TimeProvider>();
        var provider = services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
        if (provider == StorageProvider.Sqlite)
            return new PassageIndex(options, logger, time);
        var factory = services.GetServices<CatalogStoreFactory>().FirstOrDefault(f => f.Provider == provider)
            ?? throw new InvalidOperationException(
                $"{StorageOptions.Section}:{nameof(StorageOptions.Provider)} is {provider}, but this program has no {provider} storage registered " +
                "(the newsbot host adds it; another program calls AddNewsBotPostgres from NewsBot.Storage.Postgres).");
        return new PassageIndex(factory.Open(services), options.Value, logger, time);
    }
}
