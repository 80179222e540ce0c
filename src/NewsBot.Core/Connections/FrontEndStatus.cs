using System.Collections.Concurrent;

namespace NewsBot.Core.Connections;

/// <summary>
/// The state of each front end, kept so a failing one is visible (<c>/healthz</c>) while the rest of the host keeps
/// serving. Front ends report; the host reads. One instance per host.
/// </summary>
public sealed class FrontEndStatus(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, FrontEndReport> _reports = new(StringComparer.Ordinal);

    /// <summary>Records the state of <paramref name="name"/> (e.g. <c>Slack</c>), replacing the previous one.</summary>
    public void Report(string name, FrontEndState state, string detail) =>
        _reports[name] = new FrontEndReport(name, state, detail, time.GetUtcNow());

    /// <summary>Every front end that has reported, by name.</summary>
    public IReadOnlyList<FrontEndReport> All => [.. _reports.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>The latest report of <paramref name="name"/>, or null before it reported.</summary>
    public FrontEndReport? For(string name) => _reports.GetValueOrDefault(name);
}
