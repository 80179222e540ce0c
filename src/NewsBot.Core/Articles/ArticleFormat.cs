namespace NewsBot.Core.Articles;

/// <summary>The input formats NewsBot reads articles from.</summary>
public enum ArticleFormat
{
    /// <summary><c>.txt</c>: first non-empty line is the title.</summary>
    PlainText,
    /// <summary><c>.md</c>/<c>.markdown</c>: optional YAML front matter.</summary>
    Markdown,
    /// <summary><c>.html</c>/<c>.htm</c>: a web page.</summary>
    Html,
    /// <summary><c>.json</c>: a record, an array of records, or an object holding one.</summary>
    Json,
    /// <summary><c>.jsonl</c>/<c>.ndjson</c>: one record per line.</summary>
    JsonLines,
    /// <summary><c>.xml</c>/<c>.rss</c>/<c>.atom</c>: an RSS or Atom feed.</summary>
    Feed,
}
