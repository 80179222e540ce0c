using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary>
/// Eval and bench open the core through the core's one builder (<c>CoreServiceProvider</c>), not a copy of it:
/// a wrong <c>--set</c> value fails as the core opens, and <c>Extractive</c> is bound once, by the core.
/// </summary>
public sealed class CoreServicesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_wrong_set_value_fails_when_the_core_opens_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            CoreServices.Open(_temp.File("index.db"), new Dictionary<string, string?> { ["Extractive:MinCoverage"] = "1.5" }));

        Assert.Contains("Extractive:MinCoverage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractive_settings_are_bound_once_and_a_set_value_reaches_them()
    {
        using var core = CoreServices.Open(_temp.File("index.db"), new Dictionary<string, string?> { ["Extractive:MinCoverage"] = "0.4" });

        Assert.Single(core.Services.GetServices<IConfigureOptions<ExtractiveOptions>>());
        Assert.Equal(0.4, core.Services.GetRequiredService<IOptions<ExtractiveOptions>>().Value.MinCoverage, 6);
    }

    public void Dispose() => _temp.Dispose();
}
