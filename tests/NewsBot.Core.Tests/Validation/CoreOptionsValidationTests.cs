using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Tests.Validation;

/// <summary>Sections Answering, Extractive and Commands are checked at start against their documented ranges.</summary>
public sealed class CoreOptionsValidationTests
{
    [Fact]
    public void The_defaults_pass()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData("Answering:TopK", "0")]
    [InlineData("Answering:MaxPassagesPerArticle", "0")]
    [InlineData("Answering:MaxQuestionChars", "0")]
    [InlineData("Answering:ConversationTurns", "-1")]
    [InlineData("Extractive:MaxSentences", "4")]
    [InlineData("Extractive:MaxSentences", "0")]
    [InlineData("Extractive:MinCoverage", "1.5")]
    [InlineData("Extractive:MinConfidence", "-0.1")]
    [InlineData("Extractive:EncodedSentences", "0")]
    [InlineData("Extractive:ConflictRatio", "2")]
    [InlineData("Extractive:ConflictSimilarity", "-1")]
    [InlineData("Extractive:SupportRatio", "1.01")]
    [InlineData("Extractive:ModelPath", "no/such/answer-model.zip")]
    [InlineData("Commands:PageSize", "0")]
    [InlineData("Commands:PageSize", "500")]
    public void A_setting_out_of_its_range_fails_start_naming_it_and_its_value(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Extractive:MaxSentences", "1")]
    [InlineData("Extractive:MaxSentences", "3")]
    [InlineData("Extractive:MinConfidence", "0")]
    [InlineData("Commands:PageSize", "40")]
    [InlineData("Answering:ConversationTurns", "0")]
    public void The_ends_of_each_range_pass(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNewsBotCore();
        return services.BuildServiceProvider();
    }
}
