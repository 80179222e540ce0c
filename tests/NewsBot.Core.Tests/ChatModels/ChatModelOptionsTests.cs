using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answering;
using NewsBot.Core.ChatModels;
using NewsBot.Core.Conversations;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.ChatModels;

/// <summary>Section ChatModel: a wrong or missing setting fails at start with a message naming it.</summary>
public sealed class ChatModelOptionsTests
{
    [Theory]
    [InlineData("OpenAICompatible", null, "m", "k", "ChatModel:Endpoint is required when Provider is OpenAICompatible")]
    [InlineData("AzureOpenAI", null, "m", "k", "ChatModel:Endpoint is required when Provider is AzureOpenAI")]
    [InlineData("AzureOpenAI", "https://r.openai.azure.com/openai/v1/", null, "k", "ChatModel:Model is required when Provider is AzureOpenAI (the deployment name)")]
    [InlineData("OpenAI", null, "gpt-4o-mini", null, "ChatModel:ApiKey is required when Provider is OpenAI (set the environment variable ChatModel__ApiKey)")]
    [InlineData("AzureOpenAI", "https://r.openai.azure.com/openai/v1/", "d", null, "ChatModel:ApiKey is required when Provider is AzureOpenAI")]
    [InlineData("OpenAICompatible", "not a url", "m", null, "ChatModel:Endpoint must be an absolute http(s) URL")]
    [InlineData("Gemini", null, null, null, "ChatModel:Provider")]
    [InlineData("AzureOpenAI", "http://r.openai.azure.com/openai/v1/", "d", null, "ChatModel:Endpoint must use https when ChatModel:UseEntraId is set", true)]
    [InlineData("AzureOpenAI", "https://r.openai.azure.com/openai/deployments/d/chat/completions", "d", "k", "ChatModel:Endpoint must be the resource endpoint (https://NAME.openai.azure.com/) or the v1 endpoint")]
    public void Wrong_or_missing_setting_fails_with_a_message_naming_it(
        string provider, string? endpoint, string? model, string? key, string expected, bool entraId = false)
    {
        var exception = Assert.ThrowsAny<Exception>(() => Resolve(new()
        {
            ["ChatModel:Provider"] = provider, ["ChatModel:Endpoint"] = endpoint, ["ChatModel:Model"] = model, ["ChatModel:ApiKey"] = key,
            ["ChatModel:UseEntraId"] = entraId ? "true" : "false",
        }));

        Assert.Contains(expected, exception.Message);
    }

    [Theory]
    [InlineData("ChatModel:Temperature", "3", "ChatModel:Temperature must be between 0 and 2")]
    [InlineData("ChatModel:Timeout", "00:00:00", "ChatModel:Timeout must be positive")]
    [InlineData("ChatModel:MaxOutputTokens", "0", "ChatModel:MaxOutputTokens must be at least 1")]
    [InlineData("ChatModel:MaxPromptTokens", "10", "ChatModel:MaxPromptTokens must be at least 200")]
    [InlineData("ChatModel:UseEntraId", "true", "ChatModel:UseEntraId applies to Provider AzureOpenAI only")]
    [InlineData("ChatModel:ApiVersion", "2024-10-21", "ChatModel:ApiVersion applies to Provider AzureOpenAI only")]
    [InlineData("ChatModel:PromptsFolder", "/nonexistent/prompts", "ChatModel:PromptsFolder: prompt file '/nonexistent/prompts/answer-system.md' is missing")]
    public void Out_of_range_setting_fails_with_a_message_naming_it(string key, string value, string expected)
    {
        var exception = Assert.ThrowsAny<Exception>(() => Resolve(new()
        {
            ["ChatModel:Provider"] = "OpenAICompatible", ["ChatModel:Endpoint"] = "http://127.0.0.1:11434/v1/", ["ChatModel:Model"] = "llama3", [key] = value,
        }));

        Assert.Contains(expected, exception.Message);
    }

    [Theory]
    [InlineData("https://r.openai.azure.com/", "2025-01-01", "ChatModel:ApiVersion must be one of 2024-06-01, 2024-10-21; got '2025-01-01'")]
    [InlineData("https://r.openai.azure.com/openai/v1/", "2024-10-21", "ChatModel:ApiVersion does not apply to the v1 endpoint")]
    public void Azure_service_version_is_checked_at_start(string endpoint, string apiVersion, string expected)
    {
        var exception = Assert.ThrowsAny<Exception>(() => Resolve(new()
        {
            ["ChatModel:Provider"] = "AzureOpenAI", ["ChatModel:Endpoint"] = endpoint, ["ChatModel:Model"] = "d",
            ["ChatModel:ApiKey"] = "k", ["ChatModel:ApiVersion"] = apiVersion,
        }));

        Assert.Contains(expected, exception.Message);
    }

    [Theory]
    [InlineData("https://r.openai.azure.com/", "2024-06-01")]
    [InlineData("https://r.openai.azure.com/", null)]
    [InlineData("https://r.openai.azure.com/openai/v1/", null)]
    public void Azure_resource_and_v1_endpoints_are_both_accepted(string endpoint, string? apiVersion)
    {
        var options = Resolve(new()
        {
            ["ChatModel:Provider"] = "AzureOpenAI", ["ChatModel:Endpoint"] = endpoint, ["ChatModel:Model"] = "d",
            ["ChatModel:ApiKey"] = "k", ["ChatModel:ApiVersion"] = apiVersion,
        });

        Assert.Equal(endpoint, options.Endpoint);
    }

    [Fact]
    public void Entra_id_on_azure_needs_no_key()
    {
        var options = Resolve(new()
        {
            ["ChatModel:Provider"] = "AzureOpenAI", ["ChatModel:Endpoint"] = "https://r.openai.azure.com/openai/v1/",
            ["ChatModel:Model"] = "gpt-4o", ["ChatModel:UseEntraId"] = "true",
        });

        Assert.True(options.UseEntraId);
    }

    [Fact]
    public void Without_a_provider_the_extractive_writer_and_key_term_rewriter_are_used()
    {
        using var services = Services(new());

        Assert.IsType<ExtractiveAnswerWriter>(services.GetRequiredService<IAnswerWriter>());
        Assert.IsType<KeyTermRewriter>(services.GetRequiredService<IQuestionRewriter>());
    }

    [Fact]
    public void With_a_provider_the_model_writer_and_rewriter_replace_the_defaults()
    {
        using var services = Services(new()
        {
            ["ChatModel:Provider"] = "OpenAICompatible", ["ChatModel:Endpoint"] = "http://127.0.0.1:11434/v1/", ["ChatModel:Model"] = "llama3",
        });

        Assert.IsType<ModelAnswerWriter>(services.GetRequiredService<IAnswerWriter>());
        Assert.IsType<ModelQuestionRewriter>(services.GetRequiredService<IQuestionRewriter>());
    }

    [Fact]
    public async Task Host_start_fails_on_a_wrong_setting_before_any_question()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ChatModel:Provider"] = "OpenAICompatible" });
        builder.Services.AddNewsBotCore();
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ChatModel:Endpoint is required when Provider is OpenAICompatible", exception.Message);
    }

    private static ChatModelOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<ChatModelOptions>>().Value;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings.TryAdd("ChatModel:PromptsFolder", RepoPaths.Prompts);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddNewsBotCore();
        return services.BuildServiceProvider();
    }
}
