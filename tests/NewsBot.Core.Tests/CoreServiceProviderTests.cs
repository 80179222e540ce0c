using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.Commands;
using NewsBot.Core.Index;

namespace NewsBot.Core.Tests;

/// <summary>The one builder of the core's own container, used by the CLI verbs, eval/bench and the micro-benchmarks.</summary>
public sealed class CoreServiceProviderTests
{
    [Fact]
    public void A_wrong_setting_fails_the_build_naming_it()
    {
        var error = Assert.Throws<OptionsValidationException>(() => CoreServiceProvider.Build(Settings(("Extractive:MaxSentences", "4"))));

        Assert.Contains("Extractive:MaxSentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_option_group_is_bound_once_to_its_section_over_the_defaults_in_code()
    {
        using var core = CoreServiceProvider.Build(Settings(("Index:Path", "x.db"), ("Extractive:MinCoverage", "0.4")));

        Assert.Single(core.GetServices<IConfigureOptions<IndexOptions>>());
        Assert.Single(core.GetServices<IConfigureOptions<AnsweringOptions>>());
        Assert.Single(core.GetServices<IConfigureOptions<ExtractiveOptions>>());
        Assert.Single(core.GetServices<IConfigureOptions<CommandOptions>>());
        Assert.Equal("x.db", core.GetRequiredService<IOptions<IndexOptions>>().Value.Path);
        Assert.Equal(0.4, core.GetRequiredService<IOptions<ExtractiveOptions>>().Value.MinCoverage, 6);
        Assert.Equal(new AnsweringOptions().TopK, core.GetRequiredService<IOptions<AnsweringOptions>>().Value.TopK);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
