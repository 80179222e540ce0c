using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsBot.Core.Language;

/// <summary>
/// The one analysis of passage text and of queries: word tokens of letters and digits of any script (everything
/// else, query syntax and emoji included, separates), lower-cased, diacritics removed and Porter-stemmed
/// (<see cref="TermFolding.IndexTerm"/>, which the re-scoring of candidates uses on the same words). Bump
/// <see cref="Version"/> whenever what it produces changes: an index built by another version is rebuilt from the catalog.
/// </summary>
internal sealed class PassageAnalyzer : Analyzer
{
    /// <summary>Stored in every commit of the Lucene index; a different value means "rebuild".</summary>
    public const string Version = "newsbot-words-porter-1";

    internal const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new FoldingFilter(tokenizer));
    }

    /// <summary>Letters and digits of any script, lower-cased (as <see cref="QueryTerms.Tokens"/> splits a query).</summary>
    private sealed class WordTokenizer(TextReader reader) : CharTokenizer(Lucene, reader)
    {
        protected override bool IsTokenChar(int c) => Rune.IsValid(c) && Rune.IsLetterOrDigit(new Rune(c));

        protected override int Normalize(int c) => Rune.IsValid(c) ? Rune.ToLowerInvariant(new Rune(c)).Value : c;
    }

    /// <summary>Replaces each lower-cased token by its indexed term (cached: a handful of words make most of any text).</summary>
    private sealed class FoldingFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public FoldingFilter(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
        }

        public sealed override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
                return false;
            var folded = TermFolding.CachedIndexTerm(_term.Buffer.AsSpan(0, _term.Length));
            _term.SetEmpty().Append(folded);
            return true;
        }
    }
}
