using System.Diagnostics;

namespace NewsBot.Evaluation.Runs;

/// <summary>A progress line on stderr every few seconds, so a long run shows it is alive without cluttering stdout.</summary>
internal sealed class Progress(string what, int total)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastReport = Stopwatch.GetTimestamp();
    private int _done;

    public void Step()
    {
        _done++;
        if (Stopwatch.GetElapsedTime(_lastReport) < TimeSpan.FromSeconds(5) && _done != total)
            return;
        _lastReport = Stopwatch.GetTimestamp();
        Console.Error.WriteLine($"{what}: {_done:N0}/{total:N0} in {Stopwatch.GetElapsedTime(_started).TotalSeconds:0.0} s");
    }

    public static void Note(string message) => Console.Error.WriteLine(message);
}
