using System.Text.RegularExpressions;
using NewsBot.Core.Index;
using NewsBot.Core.Language;

namespace NewsBot.Core.Answering;

/// <summary>
/// Decides when two reports disagree: another article's sentence answers the same question about the same event
/// with a different fact of the asked-for kind. The same event: the two passages share a good part of their names, or
/// both sentences hold every one of the question's (three or more) key terms, or the two sentences are the same words but
/// for their facts. A pole-vault "meet" in Birmingham is no rival to where two ministers met in New Delhi: "meet" is all
/// they share.
/// </summary>
internal static partial class ConflictFinder
{
    /// <summary>The stories, in retrieval's order, among which two reports may disagree.</summary>
    private const int RivalStories = 2;

    /// <summary>Names two stories must share to be about the same event.</summary>
    private const int SharedNames = 2;

    /// <summary>A rival report needs less confidence than an answer: the best sentence already answers the question.</summary>
    private const double MinThresholdShare = 0.2;

    /// <summary>The share of <see cref="MinThresholdShare"/> a rival stating its fact beside the same question term needs.</summary>
    private const double SameStatementShare = 0.5;

    /// <summary>Words either side of a fact that count as beside it.</summary>
    private const int BesideWords = 2;

    /// <summary>
    /// The sentences that may disagree with the best one, most likely first (the caller checks their meaning), each with
    /// whether it states its fact beside the same question term as the best sentence ("which began in 2014", "the war
    /// began a year ago"): the same statement with another value; and whether the two share a question term that is no
    /// name of the best sentence's story: what happened ("meet" in "the Delhi meeting" and the Mumbai "G20 meeting"), not
    /// only who it happened to (two sentences naming only Nissan and Renault may say anything about them).
    /// </summary>
    public static IEnumerable<(CandidateSentence Rival, bool SameStatement, bool SharesWhatHappened)> Rivals(
        CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, QuestionAnalysis analysis, double threshold, double ratio)
    {
        // "which website won …": the organisation kind takes every capitalised name near the terms, and a second
        // story's other name (a ceremony's host, a sponsor) is rarely another answer to the same question. Only a twin
        // report (below) differs then: the same words with another name ("Toy Story 4, the long-awaited next chapter …
        // won Best Animated Feature" / "Soul, the long-awaited …").
        var twinsOnly = best.Entities.Count == 0 || analysis.Kind is AnswerKind.Other or AnswerKind.Organisation;
        var bestNames = Names(Story(best));
        // Two reports of one event are the two stories retrieval puts first; a story further down that shares a name and a
        // term is about something else (a BT chief executive is no rival to France Telecom's).
        var topArticles = candidates.GroupBy(c => c.ArticleId).OrderByDescending(g => g.Max(c => c.Hit.Score)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(RivalStories).ToHashSet(StringComparer.Ordinal);
        var bestFigures = analysis.Kind == AnswerKind.Number ? Amounts(best) : [];
        var bestNameKeys = Keys(bestNames);
        var bestBeside = Beside(best, analysis);
        var bestWording = Wording.Of(best, analysis.Kind);
        // Twin sentences (the same words but for their facts) are one statement, whichever stories they come from; they
        // differ only in their facts, so the facts differ, though they may share a word ("December").
        return candidates
            .Where(c => c.ArticleId != best.ArticleId)
            .Select(c => (Rival: c, Twins: Twins(best, bestWording, c, analysis.Kind)))
            .Where(x => x.Twins || (!twinsOnly && x.Rival.Entities.Count > 0
                && topArticles.Contains(x.Rival.ArticleId) && topArticles.Contains(best.ArticleId)))
            .Select(x => (x.Rival, SameStatement: x.Twins || Beside(x.Rival, analysis).Overlaps(bestBeside), x.Twins))
            .Where(x => Differs(x.Rival, x.SameStatement, x.Twins))
            .Select(x => (x.Rival, x.SameStatement, best.Covered.Intersect(x.Rival.Covered).Any(t => !bestNameKeys.Contains(t))));

        bool Differs(CandidateSentence c, bool sameStatement, bool twins)
        {
            var holdsTheSameTerms =
                // The same statement with another value needs only half the usual confidence.
                c.Score >= threshold * MinThresholdShare * (sameStatement ? SameStatementShare : 1)
                && (twins || Support(c, best, candidates, topArticles) >= ratio * best.Score)
                && (twins || (!AnswerEntities.Overlap(best.Entities, c.Entities)
                    // A name the best sentence itself mentions ("talks on Ukraine") is context, not a rival answer.
                    && !AnswerEntities.Overlap(c.Entities, [best.Text])
                    && !AnswerEntities.Overlap(best.Entities, [c.Text])))
                // The same statement: the rival holds the question terms the best sentence holds ("not been this high
                // since the 1930s" has no rival in "unemployment rose 7,000 in November", which never says "high"), all
                // but one of three or more, and that one a name ("the war in Ukraine, which began in 2014" / "since the
                // war began a year ago"), not what happened ("the British defeat of New France in 1759-60" has no rival
                // in "poor French results … in 1758", which never says "defeat").
                && best.Covered.Where(t => !c.Covered.Contains(t)).ToList() is var missing
                && missing.Count <= (best.Covered.Count >= 3 ? 1 : 0) && missing.All(bestNameKeys.Contains)
                // A rank the question asks for ("the fifth-largest city") must be the rival's too: "the two largest
                // cities" name other ranks, not another fifth-largest. A twin has the best sentence's words, ranks and
                // all ("Q1", which the question's "first quarter" is written out from, in both).
                && (twins || analysis.KeyTerms.Where(Ordinals.Contains).All(c.Covered.Contains))
                // The same participants: a question's name the rival's sentence lacks must be named in its story ("when
                // did Martin Luther publish his translation" has no rival in Lefevre's translation of 1523; "since the war
                // began a year ago" comes from a story on the Ukraine war).
                && MissingNamedInStory(c, best, bestNameKeys, onlyNames: false)
                && NamesTheQuestionsNames(c, analysis, bestNameKeys);
            if (!holdsTheSameTerms)
                return false;
            // The rival story's names, once: for the participants the other way round and for the same story.
            var rivalNames = Names(Story(c));
            return
                // A question name only the rival holds must be named in the best sentence's story, else the two are about
                // different things ("two tumen against Kuchlug" is no other count of the "three Khitan tumens" in a story
                // that never names the Khitan).
                MissingNamedInStory(best, c, Keys(rivalNames), onlyNames: false)
                // "who's kenteris's lawyer": a person answers; a rival naming only places ("in Germany", "in Chicago")
                // does not.
                && (best.Features[PersonFeature] == 0 || c.Features[PersonFeature] > 0)
                // "who's fiat's ceo": "said GM chief executive Rick Wagoner" names another body's chief, no other answer.
                && !RoleOfAnother(c.Text, analysis)
                // Figures differ only against figures of the same sort and another value: "in 2003" is no rival to "an
                // eight-year ban", nor "£35bn" to "£35 billion".
                && (analysis.Kind != AnswerKind.Number || Figures.Differ(bestFigures, Amounts(c)))
                // A year is no other answer than a day of a month or a weekday: both may be true of one event.
                && (analysis.Kind != AnswerKind.Time || !Figures.AtOtherGrains(best.Entities, c.Entities))
                // One event: twins are one statement by their words, whatever else their stories name.
                && (twins || BothHoldEveryTerm(best, c, analysis) || SameStory(bestNames, rivalNames));
        }
    }

    /// <summary>
    /// True when the rival holds every question term the best sentence holds, a name (not a country) of the best
    /// sentence's story counting when the rival's story names it ("the two had a brief encounter … in Mumbai", in a
    /// story on Blinken and Lavrov): without the encoder, what says that two sentences (that share what happened, see
    /// <see cref="Rivals"/>) state the same thing.
    /// </summary>
    public static bool HoldsTheTermsOf(CandidateSentence rival, CandidateSentence best) =>
        // A country ("German") is the setting of many stories, not a participant that marks one event.
        MissingNamedInStory(rival, best, Keys(Names(Story(best)).Where(n => !PlaceAliases.IsCountry(n))), onlyNames: true);

    // The question terms the best sentence holds and the rival's sentence lacks: each one that is a name of the best
    // sentence's story must be named in the rival's story, and with onlyNames every one must be such a name.
    private static bool MissingNamedInStory(CandidateSentence rival, CandidateSentence best, IReadOnlySet<string> nameKeys, bool onlyNames)
    {
        var missing = best.Covered.Where(t => !rival.Covered.Contains(t)).ToList();
        if (onlyNames ? missing.Count == 0 : !missing.Any(nameKeys.Contains))
            return true;
        var story = WordKeys.InText(Story(rival)).ToHashSet(StringComparer.Ordinal);
        return missing.All(t => nameKeys.Contains(t) ? story.Contains(t) : !onlyNames);
    }

    // A sentence's passage with its story's title: what it leans on besides its own words.
    private static string Story(CandidateSentence sentence) => sentence.Hit.Passage.Title + ". " + sentence.Hit.Passage.Text;

    private static HashSet<string> Keys(IEnumerable<string> names) => names.Select(n => WordKeys.Of(n.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);

    // The question terms right beside the sentence's facts of the asked-for kind.
    private static IReadOnlySet<string> Beside(CandidateSentence sentence, QuestionAnalysis analysis) =>
        AnswerEntities.TermsBeside(sentence.Text, analysis.Kind, analysis.QuestionWords, analysis.KeyTerms, BesideWords);

    // The figures a "how much/many" answer is compared on. A year beside an amount is when, not how much: "how much more
    // can HD-DVDs hold" is not answered by "in 2005".
    private static List<(FigureSort Sort, double? Value, double Rounding)> Amounts(CandidateSentence sentence) =>
        [.. Figures.Of(sentence.Text, sentence.Entities).Where(f => f.Sort != FigureSort.Year)];

    // How likely the rival's fact is: its own probability, or that of a likelier sentence stating the same fact (and not
    // the best one's). "The meeting in Delhi", likely in the Mumbai report itself, backs the New Delhi report's lead, which
    // alone (one question term: "where did they meet?") the model gives little.
    private static double Support(
        CandidateSentence rival, CandidateSentence best, IReadOnlyList<CandidateSentence> candidates, IReadOnlySet<string> stories) =>
        candidates.Where(s => stories.Contains(s.ArticleId) && s.Entities.Count > 0
                && AnswerEntities.Overlap(rival.Entities, s.Entities) && !AnswerEntities.Overlap(best.Entities, s.Entities))
            .Select(s => s.Score)
            .DefaultIfEmpty(0)
            .Max(score => Math.Max(score, rival.Score));

    /// <summary>
    /// True when the sentence names a role the question asks about ("chief executive") right after a capitalised name the
    /// question does not hold ("GM chief executive Rick Wagoner", for "who's fiat's ceo"): that body's holder of the role,
    /// not the question's; or after "former" when the question asks who holds it now. No rival, and no runner-up to show.
    /// </summary>
    internal static bool RoleOfAnother(string sentence, QuestionAnalysis analysis)
    {
        if (analysis.Kind != AnswerKind.Name)
            return false;
        // A lone quotation mark or bracket trims to nothing: no word.
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(WordEdges)).Where(w => w.Length > 0).ToArray();
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        for (var i = 1; i < words.Length; i++)
        {
            if (!PersonCues.IsRole(lower[i]) || !analysis.KeyTerms.Contains(WordKeys.Of(lower[i])))
                continue;
            var before = i - 1;
            while (before > 0 && PersonCues.IsRole(lower[before]))
                before--;
            // "former Fiat chief executive Giuseppe Morchio" held the role; "who's fiat's ceo" asks who holds it now.
            while (before > 0 && char.IsUpper(words[before][0]) && Former.Contains(lower[before - 1]))
                before--;
            if (Former.Contains(lower[before]) && !analysis.Tokens.Any(PastWords.Contains))
                return true;
            var name = Possessive().Replace(lower[before], "");
            if (name.Length > 1 && char.IsUpper(words[before][0]) && !Stopwords.Contains(name) && !analysis.KeyTerms.Contains(WordKeys.Of(name)))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Former = new(StringComparer.Ordinal) { "former", "ex", "previous", "late" };

    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal) { "was", "were", "did", "former", "ex", "before", "previous", "used" };

    private static readonly char[] WordEdges = ['"', '\'', '(', ')', ',', '.', ':', ';', '“', '”', '‘', '’', '!', '?'];

    [GeneratedRegex(@"(?:'s|’s|'|’)$")]
    private static partial Regex Possessive();

    // Ranks a question may ask for ("3rd" is written out as "third" before it becomes a term: ChatShorthand).
    private static readonly HashSet<string> Ordinals = new(
        new[] { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" }.Select(WordKeys.Of),
        StringComparer.Ordinal);

    private static readonly int PersonFeature = AnswerFeatures.Names.ToList().IndexOf("person_any");

    // Two sentences that are the same words but for their facts ("OpenAI Inc was founded in December 2015 by …" /
    // "… in December 2005 by …"): one statement with two values, whatever the model makes of either value; the model's
    // liking for one ("December 2005") says nothing of which report is right. Every word only one of them has is in a
    // fact, and they share enough other words to be a statement: in the sentences, or, for a short sentence ("Director
    // James Cameron …"), in their passages, which must then be the same words but for their facts too.
    // The best sentence's wording is passed in, read once for all the candidates it is set against.
    private static bool Twins(CandidateSentence best, Wording bestWording, CandidateSentence other, AnswerKind kind)
    {
        var wording = Wording.Of(other, kind);
        if (!bestWording.DiffersOnlyInFacts(wording, out var shared))
            return false;
        if (shared >= TwinWords)
            return true;
        return best.Hit.Passage.Text != best.Text && other.Hit.Passage.Text != other.Text
            && Wording.Of(best.Hit.Passage.Text, best.Entities, kind).DiffersOnlyInFacts(Wording.Of(other.Hit.Passage.Text, other.Entities, kind), out var inPassages)
            && inPassages >= TwinWords;
    }

    /// <summary>
    /// A text's words and the words of its facts: the facts of the asked-for kind and, where the kind is a name or
    /// unknown, its capitalised words and figures besides (the entity patterns miss a name that opens a sentence:
    /// "Germany with world cup trophee …", "Rafael Nadal has clinched …").
    /// </summary>
    private sealed record Wording(HashSet<string> Words, HashSet<string> Facts)
    {
        public static Wording Of(CandidateSentence sentence, AnswerKind kind) => Of(sentence.Text, sentence.Entities, kind);

        public static Wording Of(string text, IReadOnlyList<string> entities, AnswerKind kind)
        {
            var facts = entities.SelectMany(QueryTerms.Tokens).ToHashSet(StringComparer.Ordinal);
            if (kind is AnswerKind.Name or AnswerKind.Organisation or AnswerKind.Other)
                facts.UnionWith(NameLikeWords().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => !Stopwords.Contains(w)));
            // Tokens are lower-cased as they are read.
            return new Wording(QueryTerms.Tokens(text).ToHashSet(StringComparer.Ordinal), facts);
        }

        // Each text has a word the other lacks (one fact in place of another, not a fact added: "(CNN) Actress … Nichelle
        // Nichols" / "Nichelle Nichols …" say the same), and every such word is a fact of either; shared counts the words
        // besides facts they share.
        public bool DiffersOnlyInFacts(Wording other, out int shared)
        {
            var facts = new HashSet<string>(Facts, StringComparer.Ordinal);
            facts.UnionWith(other.Facts);
            var onlyHere = Words.Except(other.Words).ToList();
            var onlyThere = other.Words.Except(Words).ToList();
            shared = Words.Intersect(other.Words).Count(t => !facts.Contains(t));
            return onlyHere.Count > 0 && onlyThere.Count > 0 && onlyHere.Concat(onlyThere).All(facts.Contains);
        }
    }

    // A capitalised word or one holding a digit, as word tokens split it ("Q1", "2014", "Nadal").
    [GeneratedRegex(@"\b(?:\p{Lu}[\p{L}\p{Nd}]*|[\p{L}]*\p{Nd}[\p{L}\p{Nd}]*)\b")]
    private static partial Regex NameLikeWords();

    /// <summary>Words (besides their facts) twin sentences need at least: "Release date: June 9, 2010" says too little.</summary>
    private const int TwinWords = 5;

    // The question's names that the best sentence's story names, named in the rival's story too: "what yr did portishead
    // win the mercury prize" has no rival in a story on another band's Mercury Prize that never names Portishead.
    private static bool NamesTheQuestionsNames(CandidateSentence rival, QuestionAnalysis analysis, IReadOnlySet<string> bestNameKeys)
    {
        var names = analysis.KeyTerms.Where(bestNameKeys.Contains).ToList();
        if (names.Count == 0)
            return true;
        var story = WordKeys.InText(Story(rival)).ToHashSet(StringComparer.Ordinal);
        return names.All(story.Contains);
    }

    private static bool BothHoldEveryTerm(CandidateSentence a, CandidateSentence b, QuestionAnalysis analysis) =>
        analysis.KeyTerms.Count >= 3 && analysis.KeyTerms.All(t => a.Covered.Contains(t) && b.Covered.Contains(t));

    // Two passages of one story share a good part of their names, not just a country or a competition: on the BBC set,
    // sports and business stories on one topic share two names easily (England, Six Nations) and differ in the rest.
    private static bool SameStory(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Intersect(b).Count();
        return shared >= SharedNames && shared >= SharedNameShare * Math.Min(a.Count, b.Count);
    }

    private const double SharedNameShare = 0.2;

    private static readonly HashSet<string> Calendar = new(
        [.. AnswerTypeHint.MonthNames, .. AnswerEntities.WeekdayNames], StringComparer.Ordinal);

    // Capitalised words that are not sentence starts, function words or calendar words: the story's people, places and bodies.
    private static HashSet<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var words = text.Split([' ', '\n', '\t', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].Trim(WordEdges);
            var previous = words[i - 1];
            var lower = word.ToLowerInvariant();
            // A month or a weekday is when, not who: two November stories share nothing by it.
            if (word.Length < 2 || !char.IsUpper(word[0]) || previous.EndsWith('.') || previous.EndsWith('"') || Stopwords.Contains(lower)
                || Calendar.Contains(lower))
                continue;
            names.Add(word);
        }
        return names;
    }
}
