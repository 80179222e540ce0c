using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NewsBot.Core;
using NewsBot.Core.Connections;
using NewsBot.Discord;
using NewsBot.Host.Startup;
using NewsBot.Slack;
using NewsBot.Storage.Postgres;

namespace NewsBot.Host.Web;

/// <summary>The web host behind <c>serve</c>: the web chat at <c>/</c>, the JSON API, and Slack/Discord when configured.</summary>
internal static class NewsBotWebApp
{
    /// <summary>Loopback only unless told otherwise (<c>--urls</c> or setting <c>Urls</c>).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the app, syncs the articles folder into the index, then starts listening.</summary>
    public static Task<WebApplication> StartAsync(HostSettings settings, CancellationToken cancellationToken) =>
        StartAsync(Build(settings), settings, cancellationToken);

    /// <summary>Syncs the articles folder into the index (before serving), then starts <paramref name="app"/>.</summary>
    public static async Task<WebApplication> StartAsync(WebApplication app, HostSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await ArticleFolderSync.SyncAsync(app.Services, settings, cancellationToken);
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <remarks>
    /// Below: the core (<c>AddNewsBotCore</c>), then each front end (API, web chat, Slack, Discord). Not served: the
    /// evaluation project (src/NewsBot.Evaluation, e.g. <see cref="NewsBot.Evaluation.Runs.ChatRun"/>,
    /// <see cref="NewsBot.Evaluation.Bench.QueryBench"/>), which the CLI's <c>eval</c> and <c>bench</c> verbs run over
    /// the core's own container (<see cref="CoreServiceProvider"/>).
    /// </remarks>
    /// <param name="settings">Where the articles and index are, and the configuration sources.</param>
    /// <param name="replaceServices">Runs after NewsBot's registrations (tests put a fake at a seam such as <c>IAnswerWriter</c>).</param>
    /// <param name="moreSettings">Settings that win over every source (tests point Slack or Discord at a loopback peer).</param>
    public static WebApplication Build(
        HostSettings settings, Action<IServiceCollection>? replaceServices = null, IDictionary<string, string?>? moreSettings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddNewsBotSources(settings);
        if (moreSettings is not null)
            builder.Configuration.AddInMemoryCollection(moreSettings);
        builder.Logging.AddNewsBotLogging(builder.Configuration);
        builder.WebHost.UseUrls(builder.Configuration["Urls"] is { Length: > 0 } urls ? urls : DefaultUrls);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<CatalogUnavailableHandler>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = ApiJson.Compact.PropertyNamingPolicy);
        builder.Services.AddSingleton<FrontEndStatus>();
        builder.Services.AddHealthChecks().AddCheck<FrontEndHealth>("front ends").AddCheck<PassageIndexHealth>(PassageIndexHealth.Name);
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateOnStart();
        builder.Services.AddNewsBotCore();
        builder.Services.AddNewsBotPostgres();
        builder.Services.AddNewsBotSlack(builder.Configuration);
        builder.Services.AddNewsBotDiscord(builder.Configuration);
        replaceServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Unhandled errors become a 500 ProblemDetails without internals (no exception detail outside Development).
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<LocalApiGuard>();
        app.MapNewsBotApi();
        app.MapChatPage();
        app.MapNewsBotSlack();
        app.MapNewsBotDiscord();
        return app;
    }

    /// <summary>The addresses Kestrel actually bound (port 0 resolved).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
