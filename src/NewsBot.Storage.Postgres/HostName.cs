namespace NewsBot.Storage.Postgres;

/// <summary>
/// How a host names itself in the shared tables (inbox leases, feed positions, the gateway owner): machine, process and
/// a short random part, so two hosts in one process (tests) differ too.
/// </summary>
internal static class HostName
{
    public static string Unique() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
