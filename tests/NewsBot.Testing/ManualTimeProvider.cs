namespace NewsBot.Testing;

/// <summary>
/// Virtual time for the bot: the clock, timestamps, delays and timers created through it move only when a test calls
/// <see cref="Advance"/>, so a 45-second heartbeat or a 5-minute signature window is tested without waiting.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;
    private int _advances;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _now;
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Timers waiting to fire (a component is asleep when this is above zero).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_lock)
                return _timers.Count(t => t.Due is not null);
        }
    }

    /// <summary>Waits (in real time, bounded) until at least <paramref name="count"/> timers are scheduled.</summary>
    public async Task WaitForTimersAsync(int count = 1)
    {
        for (var waited = 0; waited < 5000; waited += 10)
        {
            if (PendingTimers >= count)
                return;
            await Task.Delay(10);
        }
        throw new TimeoutException($"Fewer than {count} timers were scheduled.");
    }

    /// <summary>How far away the earliest scheduled timer is.</summary>
    public TimeSpan UntilNextTimer()
    {
        lock (_lock)
            return _timers.Where(t => t.Due is not null).Min(t => t.Due!.Value) - _now;
    }

    /// <summary>
    /// Moves time forward, firing every timer that falls due on the way, in order. Only timers set before this call
    /// take part (and their periodic repeats): one scheduled meanwhile, by the code a timer woke or by another
    /// thread, waits for the next call, however soon it falls due; otherwise how far one call reaches would depend
    /// on how fast that code ran.
    /// </summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        int round;
        lock (_lock)
        {
            target = _now + by;
            round = ++_advances;
        }
        while (true)
        {
            ManualTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.Due <= target && t.Round < round).MinBy(t => t.Due);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.Due!.Value;
                next.Due = next.Period > TimeSpan.Zero ? _now + next.Period : null;
            }
            next.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Round = _advances;
            if (!_timers.Contains(timer))
                _timers.Add(timer);
        }
        if (dueTime == TimeSpan.Zero)
            Advance(TimeSpan.Zero);
    }

    private void Remove(ManualTimer timer)
    {
        lock (_lock)
            _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? Due { get; set; }
        public TimeSpan Period { get; set; }

        /// <summary>How many Advance calls had started when the timer was last set.</summary>
        public int Round { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
