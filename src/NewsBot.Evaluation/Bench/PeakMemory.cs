using System.Diagnostics;

namespace NewsBot.Evaluation.Bench;

/// <summary>Peak resident set size of this process: <c>VmHWM</c> from /proc/self/status on Linux, else the peak working set.</summary>
internal static class PeakMemory
{
    public static double Megabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kilobytes))
                    return kilobytes / 1024.0;
            }
        }
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
