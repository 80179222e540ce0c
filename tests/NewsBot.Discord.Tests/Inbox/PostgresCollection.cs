using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>One throwaway PostgreSQL server for this assembly's multi-host tests; each test creates its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
