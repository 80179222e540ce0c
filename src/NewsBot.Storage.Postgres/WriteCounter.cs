namespace NewsBot.Storage.Postgres;

/// <summary>Counts the writes this process committed, so its caches read again at once (other hosts' writes show after a short while).</summary>
internal sealed class WriteCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
