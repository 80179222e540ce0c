namespace NewsBot.Core.Answering;

/// <summary>
/// One step of a streamed answer: a piece of text as it is written, or the final checked
/// <see cref="Reply"/> (always the last update). Only the final reply is authoritative.
/// </summary>
public sealed record AnswerUpdate(string? Delta, Reply? Final)
{
    /// <summary>A text piece.</summary>
    public static AnswerUpdate Text(string delta) => new(delta, null);

    /// <summary>The final, checked reply.</summary>
    public static AnswerUpdate Done(Reply reply) => new(null, reply);
}
