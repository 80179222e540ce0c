using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Commands;
using NewsBot.Host.Startup;

namespace NewsBot.Host.Cli;

/// <summary>
/// <c>newsbot discord register [--guild ID]</c>: bulk-overwrites the application's commands (global, or one guild's,
/// which update at once), so running it twice changes nothing. Needs Discord__BotToken and Discord__ApplicationId.
/// </summary>
internal static class DiscordVerb
{
    public static Command Create(GlobalOptions globals)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in this guild only (instant; for testing) instead of globally" };
        var register = new Command("register", "Register /ask, /articles, /article, /help and the \"Ask NewsBot\" message command") { guild };
        register.SetAction(async (parse, cancellationToken) =>
        {
            // No index needed: this verb only talks to Discord's REST API.
            var configuration = NewsBotConfiguration.Build(globals.Read(parse));
            var services = new ServiceCollection()
                .AddSingleton(configuration)
                .AddLogging(logging => logging.AddNewsBotLogging(configuration));
            services.AddNewsBotDiscord(configuration);
            await using var provider = services.BuildServiceProvider();
            provider.GetService<IStartupValidator>()?.Validate();
            var registrar = provider.GetService<DiscordCommandRegistrar>()
                ?? throw new CliUsageException("Discord is not configured: set Discord__BotToken and Discord__ApplicationId.");

            var names = await registrar.RegisterAsync(parse.GetValue(guild), cancellationToken);
            var guildId = parse.GetValue(guild) ?? configuration[$"{DiscordOptions.Section}:GuildId"];
            var scope = string.IsNullOrWhiteSpace(guildId) ? "globally" : $"in guild {guildId}";
            parse.InvocationConfiguration.Output.WriteLine($"Registered {names.Count} commands {scope}: {string.Join(", ", names)}");
            return CliApp.Ok;
        });
        return new Command("discord", "Discord set-up") { register };
    }
}
