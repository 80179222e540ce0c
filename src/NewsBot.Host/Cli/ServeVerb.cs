using System.CommandLine;
using NewsBot.Host.Web;

namespace NewsBot.Host.Cli;

/// <summary>
/// The <c>serve</c> verb, also what runs when no verb is given: the web chat, the JSON API and the Slack and
/// Discord endpoints when those are configured.
/// </summary>
internal static class ServeVerb
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("serve", $"Serve the web chat and JSON API (default {NewsBotWebApp.DefaultUrls})");
        Attach(command, globals);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> the <c>--urls</c> option and the serve action (the root command uses this too).</summary>
    public static void Attach(Command command, GlobalOptions globals)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {NewsBotWebApp.DefaultUrls}; setting Urls)",
        };
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = globals.Read(parse, parse.GetValue(urls));
            await using var app = await NewsBotWebApp.StartAsync(settings, cancellationToken);
            foreach (var address in NewsBotWebApp.Addresses(app))
                parse.InvocationConfiguration.Output.WriteLine($"NewsBot is listening on {address}");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
    }
}
