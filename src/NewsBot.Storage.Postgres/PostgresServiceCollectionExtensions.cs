using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Connections;
using NewsBot.Core.Conversations;
using NewsBot.Core.Inbox;
using NewsBot.Core.Index;

namespace NewsBot.Storage.Postgres;

/// <summary>Registers the PostgreSQL catalog, used when <c>Storage:Provider</c> is <c>Postgres</c>.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Makes <c>Storage:Provider=Postgres</c> available to the core (<c>AddNewsBotCore</c>): the catalog and change log in
    /// the database <c>Storage:ConnectionString</c> names, created or migrated when the passage index opens, and the
    /// conversations, answered threads, the inbox of chat requests and the Discord gateway's owner and session there too. With the
    /// default provider (<c>Sqlite</c>) nothing of it runs and no database is needed.
    /// </summary>
    public static IServiceCollection AddNewsBotPostgres(this IServiceCollection services)
    {
        services.AddSingleton(new CatalogStoreFactory(StorageProvider.Postgres, Open));
        // Conversations and answered threads: in the database with Postgres (another host's follow-up keeps its
        // context), in this host's memory otherwise. Replace, whichever of the core and the front ends came first.
        services.AddSingleton(sp => new PostgresSharedState(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString ?? ""));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => IsPostgres(sp)
            ? new PostgresConversationStore(sp.GetRequiredService<PostgresSharedState>(), sp.GetRequiredService<IOptions<AnsweringOptions>>())
            : new InMemoryConversationStore(sp.GetRequiredService<IOptions<AnsweringOptions>>())));
        services.Replace(ServiceDescriptor.Singleton<IAnsweredThreads>(sp => IsPostgres(sp)
            ? new PostgresAnsweredThreads(sp.GetRequiredService<PostgresSharedState>(), sp.GetRequiredService<TimeProvider>())
            : new InMemoryAnsweredThreads(sp.GetRequiredService<TimeProvider>())));
        // The inbox of Slack and Discord requests: shared with Postgres (a host's unanswered requests outlive it).
        services.Replace(ServiceDescriptor.Singleton<IInbox>(sp => IsPostgres(sp)
            ? new PostgresInbox(sp.GetRequiredService<PostgresSharedState>(), sp.GetRequiredService<IOptions<InboxOptions>>())
            : new InMemoryInbox(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<InboxOptions>>())));
        // The Discord gateway: one owner among the hosts sharing the database, which stores the session it resumes.
        services.Replace(ServiceDescriptor.Singleton<IGatewayOwnership>(sp => IsPostgres(sp)
            ? new PostgresGatewayOwnership(sp.GetRequiredService<PostgresSharedState>(),
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString!, sp.GetRequiredService<TimeProvider>())
            : new InMemoryGatewayOwnership()));
        return services;
    }

    private static bool IsPostgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres;

    private static PostgresCatalogStore Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<PostgresCatalogStore>>();
        return new PostgresCatalogStore(options.ConnectionString!, services.GetRequiredService<TimeProvider>(), logger);
    }
}
