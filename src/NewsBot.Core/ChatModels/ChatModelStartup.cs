using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.ChatModels;

/// <summary>In a hosted app, loads (and so logs by name and hash) the prompts at start rather than on the first question.</summary>
internal sealed class ChatModelStartup(IServiceProvider services, IOptions<ChatModelOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider != ChatModelProvider.None)
            _ = services.GetRequiredService<PromptLibrary>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
