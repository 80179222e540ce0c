using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core;
using NewsBot.Core.Answering;
using NewsBot.Core.Index;
using NewsBot.Core.Ingest;
using NewsBot.Core.Search;
using NewsBot.Storage.Postgres;

namespace NewsBot.Evaluation;

/// <summary>
/// The real core (<see cref="CoreServiceProvider"/>) over an evaluation index, configured in memory: no chat model, no
/// appsettings, warnings only on stderr. Settings override any option, e.g. <c>Index:Path</c> or a threshold.
/// </summary>
internal sealed class CoreServices : IDisposable
{
    private readonly ServiceProvider _provider;

    private CoreServices(ServiceProvider provider) => _provider = provider;

    public PassageIndex Index => _provider.GetRequiredService<PassageIndex>();

    public ExtractiveAnswerer Answerer => _provider.GetRequiredService<ExtractiveAnswerer>();

    public NewsBot.Core.Embeddings.SentenceSimilarity Similarity => _provider.GetRequiredService<NewsBot.Core.Embeddings.SentenceSimilarity>();

    public ArticleIngester Ingester => _provider.GetRequiredService<ArticleIngester>();

    public IServiceProvider Services => _provider;

    /// <summary>The passages the product's answer path would retrieve: top k, capped per article as configured.</summary>
    public IReadOnlyList<SearchHit> AnswerPassages(string question, int k) =>
        Index.SearchForAnswer(question, k, Answering.MaxPassagesPerArticle);

    /// <summary>Exactly what the product retrieves for a question: <c>Answering:TopK</c> passages, capped per article.</summary>
    public IReadOnlyList<SearchHit> AnswerPassages(string question) => AnswerPassages(question, Answering.TopK);

    private AnsweringOptions Answering => _provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnsweringOptions>>().Value;

    public static CoreServices Open(string indexPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { [$"{IndexOptions.Section}:Path"] = indexPath };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new CoreServices(CoreServiceProvider.Build(configuration, logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace),
            // A shared catalog when the settings name one (Storage:Provider=Postgres, bench scale-out); SQLite otherwise.
            storage: services => services.AddNewsBotPostgres()));
    }

    public void Dispose() => _provider.Dispose();
}
