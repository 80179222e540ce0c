namespace NewsBot.Core.Articles;

/// <summary>An input that cannot become an article (empty, binary, malformed); <see cref="Exception.Message"/> is the reason shown to the user.</summary>
public sealed class ArticleFormatException(string reason) : Exception(reason);
