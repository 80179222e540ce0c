using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Ingest;

/// <summary>An article read and split, ready to store; <see cref="TextHash"/> spots the same id read twice in one run.</summary>
internal sealed record PreparedArticle(Article Article, IReadOnlyList<Passage> Passages, string TextHash);
