using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace NewsBot.Host.Startup;

/// <summary>Logs go to stderr only, so <c>--json</c> output on stdout stays machine-readable.</summary>
internal static class StderrLogging
{
    /// <param name="quiet">
    /// For one-shot verbs: warnings and errors only, so a terminal shows the answer, not the start-up chatter.
    /// A provider rule wins over <c>Logging:LogLevel</c>; <c>Logging:Console:LogLevel:Default</c> overrides it.
    /// </param>
    public static ILoggingBuilder AddNewsBotLogging(this ILoggingBuilder logging, IConfiguration configuration, bool quiet = false)
    {
        logging.ClearProviders();
        if (quiet)
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        // A prober polling /healthz while a front end is down would log a warning per poll; the front end has logged
        // its failure already (Slack/Discord retries), so only a failing check itself is worth a line.
        logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Error);
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
