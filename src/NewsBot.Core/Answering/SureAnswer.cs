using System.Text.RegularExpressions;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// The probability below which the best sentence is declined. The model's threshold, except for sentences whose shape
/// says they answer, which need only <see cref="Share"/> of it. The model learnt from long SQuAD questions and gives
/// short chat questions little probability, even when a sentence plainly answers them:
/// <list type="bullet">
/// <item>every term of the question (or all but a light verb) and a fact of the asked-for kind right beside one of them
/// ("how long did the conversation last?" — "the conversation … was over in less than 10 minutes");</item>
/// <item>for "what did X say about Y", reported speech in a story that names every term but the verb of saying
/// ("Vladimir Putin … “has exhibited zero interest in engaging,” he continued", in a story on Blinken).</item>
/// </list>
/// </summary>
internal static partial class SureAnswer
{
    /// <summary>What is left of the threshold for a sure answer.</summary>
    private const double Share = 0.3;

    private static readonly int AllTermsFeature = AnswerFeatures.Names.ToList().IndexOf("all_terms");
    private static readonly int TypedFeature = AnswerFeatures.Names.ToList().IndexOf("entity_typed");

    // Verbs that say nothing by themselves: "when did blinken hold the news conference" — "… at a news conference on
    // Thursday in Delhi".
    private static readonly HashSet<string> LightVerbKeys = new(
        new[] { "hold", "held", "do", "did", "make", "made", "take", "took", "get", "got", "have", "had", "give", "gave", "go", "went", "put", "come", "came" }
            .Select(WordKeys.Of), StringComparer.Ordinal);

    /// <summary>The probability the best sentence needs not to be declined.</summary>
    public static double Floor(CandidateSentence best, QuestionAnalysis analysis, double threshold) =>
        (analysis.Kind != AnswerKind.Other && HoldsEveryTerm(best, analysis) && best.Features[TypedFeature] > 0) || ReportsWhatWasSaid(best, analysis)
            ? threshold * Share
            : threshold;

    private static bool HoldsEveryTerm(CandidateSentence best, QuestionAnalysis analysis) =>
        best.Features[AllTermsFeature] > 0
        || (best.Covered.Count > 0 && analysis.KeyTerms.All(t => best.Covered.Contains(t) || LightVerbKeys.Contains(t)));

    private static bool ReportsWhatWasSaid(CandidateSentence best, QuestionAnalysis analysis)
    {
        if (!analysis.AsksWhatWasSaid || !Speech().IsMatch(best.Text))
            return false;
        var title = WordKeys.InText(best.Hit.Passage.Title).ToHashSet(StringComparer.Ordinal);
        return analysis.KeyTerms.All(t => QuestionAnalysis.SpeechKeys.Contains(t) || best.Covered.Contains(t) || title.Contains(t))
            && analysis.KeyTerms.Any(t => !QuestionAnalysis.SpeechKeys.Contains(t) && best.Covered.Contains(t));
    }

    [GeneratedRegex(@"[“”""]|\b(?:said|says|say|told|tells|stated|states|declared|declares|continued|added|adds|called|calls|urged|urges|warned|warns|claimed|claims|described|describes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Speech();
}
