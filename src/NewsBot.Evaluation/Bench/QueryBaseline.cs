namespace NewsBot.Evaluation.Bench;

/// <summary>Another engine <c>bench query</c> measures beside the product, on the same passages and questions.</summary>
internal enum QueryBaseline
{
    None,

    /// <summary>A plain Lucene.Net index (<see cref="PlainLuceneIndex"/>): <c>--baseline plain-lucene</c>.</summary>
    PlainLucene,
}
