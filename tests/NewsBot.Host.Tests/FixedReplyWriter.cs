using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answering;

namespace NewsBot.Host.Tests;

/// <summary>
/// An answer writer that writes the same reply to every question: for testing how the front ends show fields the real
/// writers may leave empty (such as <see cref="Reply.Spans"/>).
/// </summary>
internal sealed class FixedReplyWriter(Reply reply) : IAnswerWriter
{
    /// <summary>Service registrations for <see cref="RunningHost.StartAsync"/> that put this writer in place.</summary>
    public static Action<IServiceCollection> Serving(Reply reply) =>
        services => services.AddSingleton<IAnswerWriter>(new FixedReplyWriter(reply));

    public async IAsyncEnumerable<AnswerUpdate> WriteAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield return AnswerUpdate.Text(reply.Answer);
        yield return AnswerUpdate.Done(reply);
        await Task.CompletedTask;
    }

    /// <summary>"The talks were held in New Delhi [1]." with "New Delhi" marked, citing the sample Delhi article.</summary>
    public static Reply NewDelhiReply(string answer = "The talks were held in New Delhi [1].", string fact = "New Delhi") =>
        new(answer, false, [new Citation(1, SampleArticles.NewDelhiId, "G20 ministers meet", "https://example.com/g20",
            new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero), SampleArticles.NewDelhiId + "#0", "They met in New Delhi.")])
        {
            Spans = [new AnswerSpan(answer.IndexOf(fact, StringComparison.Ordinal), fact.Length)],
        };
}
