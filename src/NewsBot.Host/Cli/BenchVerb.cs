using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>The <c>bench</c> verb.</summary>
internal static class BenchVerb
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        return new Command("bench", "(not yet built)");
    }
}
