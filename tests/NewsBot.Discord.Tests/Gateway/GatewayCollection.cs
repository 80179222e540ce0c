using NewsBot.Testing;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// The gateway tests' collection (<see cref="GatewayFixture.Collection"/>: one at a time), with a throwaway PostgreSQL
/// server for the tests of several hosts sharing one gateway; it starts only when such a test runs.
/// </summary>
[CollectionDefinition(GatewayFixture.Collection)]
public sealed class GatewayCollection : ICollectionFixture<PostgresCluster>;
