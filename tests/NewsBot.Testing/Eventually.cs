using Xunit;

namespace NewsBot.Testing;

/// <summary>Waits (bounded) for something another thread does; fails the test with a description when it never happens.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int timeoutMs = 8000, Func<string>? onTimeout = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.ElapsedMilliseconds > timeoutMs)
                Assert.Fail($"timed out after {timeoutMs} ms waiting for: {what}" + (onTimeout is null ? "" : $" (last seen: {onTimeout()})"));
            await Task.Delay(20);
        }
    }
}
