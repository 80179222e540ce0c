namespace NewsBot.Core.Text;

/// <summary>A stretch of answer text; <paramref name="Marked"/> when it holds the asked-for fact (shown in bold).</summary>
/// <param name="Text">The raw text, not yet escaped for any platform.</param>
/// <param name="Marked">True for the text of a <see cref="Answering.AnswerSpan"/>.</param>
public sealed record SpanPiece(string Text, bool Marked);
