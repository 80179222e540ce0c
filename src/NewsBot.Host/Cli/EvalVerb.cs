using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>The <c>eval</c> verb.</summary>
internal static class EvalVerb
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        return new Command("eval", "(not yet built)");
    }
}
