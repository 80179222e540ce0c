using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace NewsBot.Evaluation.Bench;

/// <summary>What the figures were measured on: cores, memory, OS, .NET and SQLite (version, memory-status setting).</summary>
internal static class MachineInfo
{
    public static IReadOnlyDictionary<string, string> Describe()
    {
        var memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return new Dictionary<string, string>
        {
            ["machine"] = $"{Environment.ProcessorCount} cores ({Cpu()}), {memoryGb:0} GB RAM, {RuntimeInformation.OSDescription}",
            ["runtime"] = $".NET {Environment.Version}, {(IsOptimized() ? "Release" : "Debug")} build, server GC {System.Runtime.GCSettings.IsServerGC}",
            ["sqlite"] = Sqlite(),
        };
    }

    private static string Cpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        return File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string Sqlite()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version(), (SELECT group_concat(compile_options, ' ') FROM pragma_compile_options WHERE compile_options LIKE '%MEMSTATUS%')";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{reader.GetString(0)} ({(reader.IsDBNull(1) ? "memory status default" : reader.GetString(1))})";
    }

    private static bool IsOptimized() =>
        typeof(MachineInfo).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            is not [System.Diagnostics.DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
