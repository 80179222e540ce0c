using NewsBot.Evaluation.Datasets;
using NewsBot.Testing;

namespace NewsBot.Evaluation.Tests;

/// <summary>The loaders read the real files with the counts the datasets README states.</summary>
public sealed class SharedDatasetTests
{
    [SharedDataFact("datasets/squad/dev-v1.1.reconstructed.json")]
    public void Squad_v11_dev_has_48_articles_2067_paragraphs_10570_questions()
    {
        var articles = SquadDataset.Load(RepoPaths.InShared("datasets/squad/dev-v1.1.reconstructed.json"));

        Assert.Equal(48, articles.Count);
        Assert.Equal(2067, articles.Sum(a => a.Paragraphs.Count));
        Assert.Equal(10570, articles.Sum(a => a.Paragraphs.Sum(p => p.Questions.Count)));
    }

    [SharedDataFact("datasets/squad/dev-v2.0.reconstructed.json")]
    public void Squad_v20_dev_has_5945_unanswerable_of_11873()
    {
        var questions = SquadDataset.Load(RepoPaths.InShared("datasets/squad/dev-v2.0.reconstructed.json"))
            .SelectMany(a => a.Paragraphs).SelectMany(p => p.Questions).ToArray();

        Assert.Equal(11873, questions.Length);
        Assert.Equal(5945, questions.Count(q => q.IsImpossible));
        Assert.All(questions.Where(q => !q.IsImpossible), q => Assert.NotEmpty(q.Answers));
    }

    [SharedDataFact("datasets/quail/quail_1.3_dev_randomized.xml")]
    public void Quail_news_has_30_texts_540_questions_60_unanswerable()
    {
        var texts = QuailDataset.Load(RepoPaths.InShared("datasets/quail/quail_1.3_dev_randomized.xml"));

        Assert.Equal(30, texts.Count);
        Assert.Equal(540, texts.Sum(t => t.Questions.Count));
        Assert.Equal(60, texts.Sum(t => t.Questions.Count(q => q.IsUnanswerable)));
        Assert.Equal(9, texts.SelectMany(t => t.Questions).Select(q => q.Type).Distinct().Count());
    }

    [SharedDataFact("datasets/rgb/en_fact.json")]
    public void Rgb_en_fact_has_100_items_with_true_and_falsified_passages()
    {
        var items = RgbDataset.Load(RepoPaths.InShared("datasets/rgb/en_fact.json"));

        Assert.Equal(100, items.Count);
        Assert.Equal(395, items.Sum(i => i.Positive.Count));
        Assert.Equal(395, items.Sum(i => i.PositiveWrong.Count));
        Assert.All(items, i => Assert.NotEmpty(i.Answers));
    }

    [SharedDataFact("datasets/bbc_news_fulltext/bbc")]
    public void Bbc_has_2225_articles()
    {
        var articles = BbcCorpus.Load(RepoPaths.InShared("datasets/bbc_news_fulltext"));

        Assert.Equal(2225, articles.Count);
        Assert.Contains("£", Assert.Single(articles, a => a.Id == "bbc-sport-199").Text);
    }

    [SharedDataFact("datasets/realtimeqa_gcs_2022/past/2022")]
    public void RealTimeQa_2022_reference_setup_has_136_questions_over_3871_articles()
    {
        var data = RealTimeQaDataset.Load(RepoPaths.InShared("datasets/realtimeqa_gcs_2022"), RepoPaths.InShared("datasets/realtimeqa"));

        Assert.Equal(4493, data.SearchResults);
        Assert.Equal(3871, data.Articles.Count);
        Assert.Equal(136, data.Questions.Count);
        Assert.All(data.Questions, q => Assert.True(q.GoldInSearchResults));
    }

    [SharedDataFact("datasets/realtimeqa_gcs_2022/past/2022")]
    public void RealTimeQa_2022_gold_text_setup_has_206_questions()
    {
        var data = RealTimeQaDataset.Load(RepoPaths.InShared("datasets/realtimeqa_gcs_2022"), RepoPaths.InShared("datasets/realtimeqa"), RealTimeQaSetup.GoldText);

        Assert.Equal(206, data.Questions.Count);
        Assert.Equal(3871 + 78, data.Articles.Count);
        Assert.Equal(78, data.GoldArticlesAdded);
    }
}
