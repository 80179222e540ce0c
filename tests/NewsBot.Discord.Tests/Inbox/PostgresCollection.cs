using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Inbox;

/// <summary>
/// One throwaway PostgreSQL server for this assembly's multi-host tests; each test creates its own database. Run apart
/// from the other collections: two hosts, a database and a hundred messages at once would take the CPU that the timed
/// interaction load test (3 seconds per deferral) needs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
