using NewsBot.Core.Articles;
using NewsBot.Core.Passages;

namespace NewsBot.Evaluation.Bench;

/// <summary>
/// The scale corpus: the news articles as they are (copy 0), then copy after copy with every k-th word dropped
/// (k and the starting word vary per copy), each split by the product's passage splitter. Endless and
/// deterministic: the first N passages are always the same N passages.
/// </summary>
internal sealed class ScaleCorpus(IReadOnlyList<Article> news)
{
    public IReadOnlyList<Article> News => news;

    /// <summary>Copy <paramref name="copy"/> drops every k-th word with k = 3..12 and a phase that changes every ten copies.</summary>
    public static (int K, int Phase) Perturbation(int copy) => (3 + (copy - 1) % 10, (copy - 1) / 10);

    public IEnumerable<SplitArticle> Articles()
    {
        for (var copy = 0; ; copy++)
        {
            foreach (var article in news)
            {
                var copied = copy == 0 ? article : Perturb(article, copy);
                var passages = PassageSplitter.Split(copied);
                if (passages.Count > 0)
                    yield return new SplitArticle(copied, passages);
            }
        }
    }

    private static Article Perturb(Article article, int copy)
    {
        var (k, phase) = Perturbation(copy);
        return article with
        {
            Id = $"{article.Id}~{copy}",
            Title = WordDropper.Drop(article.Title, k, phase % k),
            Text = WordDropper.Drop(article.Text, k, phase % k),
        };
    }
}
