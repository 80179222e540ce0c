namespace NewsBot.Storage.Postgres;

/// <summary>
/// Lets a periodic clean-up through at most once per interval, to whichever caller asks first (the very first ask
/// passes); safe when several threads ask at once.
/// </summary>
internal sealed class OncePerInterval(TimeSpan interval)
{
    private readonly long _intervalMs = (long)interval.TotalMilliseconds;
    private long _last = Environment.TickCount64 - (long)interval.TotalMilliseconds;

    public bool TryEnter()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _last);
        return now - last >= _intervalMs && Interlocked.CompareExchange(ref _last, now, last) == last;
    }
}
