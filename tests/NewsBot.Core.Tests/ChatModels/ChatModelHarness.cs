using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Answering;
using NewsBot.Core.Conversations;
using NewsBot.Testing;
using NewsBot.Core.Search;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>
/// The real core (AddNewsBotCore) configured like an operator would, pointed at a <see cref="FakeChatModelServer"/>;
/// owns a temp folder for the index file and captures the logs.
/// </summary>
public sealed class ChatModelHarness : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();

    private ChatModelHarness(FakeChatModelServer server, IDictionary<string, string?> settings)
    {
        Server = server;
        settings["Index:Path"] = _temp.File("newsbot.db");
        settings.TryAdd("ChatModel:PromptsFolder", RepoPaths.Prompts);
        // Wire-format and citation tests script replies against the passages in the order given.
        settings.TryAdd("ChatModel:OrderPassagesByAnswer", "false");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddNewsBotCore();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeChatModelServer Server { get; }

    public ServiceProvider Services { get; }

    public CapturedLogs Logs { get; } = new();

    public IAnswerWriter Writer => Services.GetRequiredService<IAnswerWriter>();

    public IQuestionRewriter Rewriter => Services.GetRequiredService<IQuestionRewriter>();

    /// <summary>A fake server at <paramref name="basePath"/> and a core configured for <paramref name="provider"/> with a test key.</summary>
    public static async Task<ChatModelHarness> StartAsync(
        string provider = "OpenAICompatible",
        string basePath = "/v1",
        IDictionary<string, string?>? settings = null,
        params FakeChatResponse[] script)
    {
        var server = (await FakeChatModelServer.StartAsync(basePath)).Script(script);
        return Configure(server, provider, server.Endpoint, settings);
    }

    /// <summary>A fake server and a core configured for Azure OpenAI at the server's root as the resource endpoint.</summary>
    public static async Task<ChatModelHarness> StartAzureAsync(IDictionary<string, string?>? settings = null, params FakeChatResponse[] script)
    {
        var server = (await FakeChatModelServer.StartAsync()).Script(script);
        return Configure(server, "AzureOpenAI", server.ResourceEndpoint, settings);
    }

    private static ChatModelHarness Configure(
        FakeChatModelServer server, string provider, string endpoint, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["ChatModel:Provider"] = provider,
            ["ChatModel:Endpoint"] = endpoint,
            ["ChatModel:Model"] = "test-model",
            ["ChatModel:ApiKey"] = "sk-test-secret-123",
            // A hang guard, not a speed check: a retry honouring a 1.5 s Retry-After must not race the clock on a loaded
            // machine (tests of the timeout itself set their own).
            ["ChatModel:Timeout"] = "00:00:30",
            ["ChatModel:MaxRetries"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return new ChatModelHarness(server, all);
    }

    /// <summary>Runs the writer to the end: the text deltas in order and the final reply.</summary>
    public async Task<(IReadOnlyList<string> Deltas, Reply Final)> WriteAsync(
        string question, IReadOnlyList<NewsBot.Core.Search.SearchHit> hits, CancellationToken cancellationToken = default)
    {
        var deltas = new List<string>();
        Reply? final = null;
        await foreach (var update in Writer.WriteAsync(new AnswerRequest(question, hits, []), cancellationToken))
        {
            Assert.Null(final); // the final reply is always last
            if (update.Delta is not null)
                deltas.Add(update.Delta);
            final = update.Final ?? final;
        }
        return (deltas, final ?? throw new InvalidOperationException("no final reply"));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        _temp.Dispose();
    }
}
