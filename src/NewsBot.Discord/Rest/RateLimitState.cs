using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's rate-limit buckets as learnt from <c>X-RateLimit-*</c> headers (never hard-coded): routes map to a
/// bucket hash, a bucket per hash + top-level resource holds the remaining count and reset time; plus the global block.
/// Lives for the process, so buckets survive HttpClient handler rotation; buckets whose reset time has passed are
/// swept out, since every interaction token is a webhook of its own and would otherwise leave a bucket forever.
/// </summary>
internal sealed class RateLimitState(TimeProvider time)
{
    /// <summary>Bucket writes between sweeps; bounds the buckets held to the live ones plus this many.</summary>
    internal const int SweepEvery = 256;

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new();
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private long _globalUntilTicks;
    private int _writes;

    /// <summary>Buckets held now (for tests of the sweep).</summary>
    internal int BucketCount => _buckets.Count;

    /// <summary>
    /// Waits until the route's bucket (and the global limit, except for interaction endpoints, which it does not bind)
    /// allows one more request, then takes it.
    /// </summary>
    public async Task WaitForSlotAsync(RouteKey route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var wait = route.IsInteractionEndpoint
                ? TimeSpan.Zero
                : new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero) - now;
            if (wait <= TimeSpan.Zero && _buckets.TryGetValue(BucketKey(route), out var bucket))
                wait = bucket.TryTake(now);
            if (wait <= TimeSpan.Zero)
                return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Update(RouteKey route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
            _bucketOfRoute[route.Template] = hash;
        if (Number(headers, "X-RateLimit-Remaining") is not { } remaining || Number(headers, "X-RateLimit-Reset-After") is not { } resetAfter)
            return;
        Set(BucketKey(route), (int)remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
    }

    /// <summary>After a 429: nothing more on this bucket (or anywhere, when global) until the wait is over.</summary>
    public void Block(RouteKey route, TimeSpan wait, bool global)
    {
        var until = time.GetUtcNow() + wait;
        if (global)
            Interlocked.Exchange(ref _globalUntilTicks, until.UtcTicks);
        else
            Set(BucketKey(route), 0, until);
    }

    private void Set(string key, int remaining, DateTimeOffset resetAt)
    {
        // A bucket the sweep retired in the meantime refuses the write; the next GetOrAdd makes a fresh one.
        Bucket bucket;
        do
            bucket = _buckets.GetOrAdd(key, _ => new Bucket());
        while (!bucket.TrySet(remaining, resetAt));
        if (Interlocked.Increment(ref _writes) % SweepEvery == 0)
            Sweep(time.GetUtcNow());
    }

    /// <summary>
    /// Drops buckets whose reset time has passed. Lossless: such a bucket lets the next request through at once, just
    /// as a missing one does, and the response's headers make it again.
    /// </summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.TryRetire(now))
                _buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket));
        }
    }

    private string BucketKey(RouteKey route) =>
        (_bucketOfRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template) + "|" + route.Major;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private int _remaining = 1;
        private DateTimeOffset _resetAt;
        private bool _retired;

        /// <summary>False when the sweep has retired this bucket (the caller adds a new one).</summary>
        public bool TrySet(int remaining, DateTimeOffset resetAt)
        {
            lock (_lock)
            {
                if (_retired)
                    return false;
                _remaining = remaining;
                _resetAt = resetAt;
                return true;
            }
        }

        /// <summary>Retires the bucket when its reset time has passed, so no later write can be lost with it.</summary>
        public bool TryRetire(DateTimeOffset now)
        {
            lock (_lock)
                return _retired = _retired || now >= _resetAt;
        }

        /// <summary>Zero when a request may go now (and counts it), else how long until the bucket resets.</summary>
        public TimeSpan TryTake(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (now >= _resetAt || _remaining > 0)
                {
                    if (_remaining > 0)
                        _remaining--;
                    return TimeSpan.Zero;
                }
                return _resetAt - now;
            }
        }
    }
}
