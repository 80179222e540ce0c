namespace NewsBot.Core.Admission;

/// <summary>
/// Lets one log line through per interval and counts the ones held back, so a scanner sending forged requests
/// by the thousand cannot fill the disk while an operator still sees that it happens and how often. Thread-safe.
/// </summary>
public sealed class LogSampler(TimeProvider time, TimeSpan interval)
{
    private readonly Lock _gate = new();
    private long _lastLogged = long.MinValue;
    private int _held;

    /// <summary>The default: one line a minute.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// True when this occurrence should be logged; <paramref name="heldBack"/> is how many were held back since the
    /// last one logged (to say in that line).
    /// </summary>
    public bool ShouldLog(out int heldBack)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (_lastLogged != long.MinValue && time.GetElapsedTime(_lastLogged, now) < interval)
            {
                _held++;
                heldBack = 0;
                return false;
            }
            _lastLogged = now;
            heldBack = _held;
            _held = 0;
            return true;
        }
    }
}
