using System.CommandLine;

namespace NewsBot.Host.Cli;

/// <summary>The <c>discord</c> verb.</summary>
internal static class DiscordVerb
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        return new Command("discord", "(not yet built)");
    }
}
