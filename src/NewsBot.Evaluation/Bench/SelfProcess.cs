using System.Diagnostics;
using System.Reflection;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Starts this same executable again (apphost, or <c>dotnet newsbot.dll</c>) with other arguments: the process that
/// runs a bench is the host, <c>newsbot</c>, which also serves and probes (this library only lends it the code).
/// </summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            info.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("No entry assembly."));
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return info;
    }
}
