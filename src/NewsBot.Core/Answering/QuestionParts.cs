using System.Text.RegularExpressions;

namespace NewsBot.Core.Answering;

/// <summary>
/// Splits a question that asks two things into its parts, each answerable alone: a comparison of alternatives
/// ("which sold for more, the Picasso or the Monet?" → "which sold for more the Picasso", "… the Monet") and two
/// questions joined by "and" ("how many watched X and how many watched Y?"). Anything else is one part.
/// </summary>
public static partial class QuestionParts
{
    /// <summary>The parts (two or more), or an empty list when the question asks one thing.</summary>
    public static IReadOnlyList<string> Of(string question)
    {
        var text = question.Trim().TrimEnd('?', '!', '.', ' ');
        if (text.Length is 0 or > 300)
            return [];

        // [1] "how many watched X and how many Y": a second wh-phrase after "and"; the second part borrows the
        //     first one's words it lacks (its verb), so "how many Y" still says what is counted.
        var joined = SecondQuestion().Match(text);
        if (joined.Success)
        {
            var first = text[..joined.Index].Trim();
            var second = text[(joined.Index + joined.Groups["and"].Length)..].Trim();
            // "what was the score when A beat B v when C beat her": the second opens with a word the first has after its
            // own question words, so it repeats the first from there ("what was the score when C beat her").
            var firstWords = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var opening = second.Split(' ', 2)[0];
            var repeatsFrom = Array.FindIndex(firstWords, 1, w => string.Equals(w, opening, StringComparison.OrdinalIgnoreCase));
            if (repeatsFrom > 0)
                return Usable([first, string.Join(' ', firstWords[..repeatsFrom]) + " " + second]);
            // A second question with words of its own ("and who runs qantas", "and when does the aus open start") is
            // whole: borrowing would add the first one's subject to it.
            if (ContentWords(second) >= 2)
                return Usable([first, second]);
            var borrowed = first.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !second.Contains(w, StringComparison.OrdinalIgnoreCase) && w.Length > 0 && char.IsLower(w[0]));
            return Usable([first, second + " " + string.Join(' ', borrowed)]);
        }

        // [2] "which …, A or B": the alternatives follow the last comma or colon; each joins the stem.
        var cut = text.LastIndexOfAny([',', ':']);
        if (cut > 0 && Alternatives().IsMatch(text[cut..]) && IsComparison(text[..cut]))
        {
            var stem = Measured(text[..cut].Trim());
            return Usable([.. Alternatives().Split(text[(cut + 1)..]).Select(a => stem + " " + a.Trim())]);
        }

        // [3] "did A or B sell for more": the alternatives stand around "or"; each keeps the rest of the question.
        var or = Alternatives().Match(text);
        if (or.Success && IsComparison(text))
        {
            var left = text[..or.Index];
            var right = text[(or.Index + or.Length)..];
            var leftWords = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (leftWords.Length == 0 || rightWords.Length == 0)
                return [];
            var a = string.Join(' ', leftWords) + " " + string.Join(' ', rightWords.Skip(1));
            var b = string.Join(' ', leftWords.SkipLast(1)) + " " + string.Join(' ', rightWords);
            return Usable([a, b]);
        }

        // [4] "german jobless rate and uk interest rate", "how old were debra hill and anna keaveney when they died",
        //     "holcim paying for aggregate vs federated paying for may": two things of one kind side by side. Chat is
        //     lower-case, so the left one is taken as long as the right one; the words before it are the shared stem and
        //     a trailing clause ("when they died") belongs to both.
        //     "who's ukip's deputy leader v veritas' deputy": possessives stand for each other, and "v" before "the" or a
        //     possessive sets two things side by side (elsewhere it is a fixture: "chelsea v west ham"). A trailing
        //     ", who are they" asks about both.
        if (SideBySide(text) is { } side && (side.Separator != "and" || AsksForAFact(side.Body)))
        {
            // "where did blinken and lavrov meet": two who do one thing together are one event, asked once.
            if (IsOneEvent(side))
                return [];
            var (left, conjunct, tail, separator, _) = side;
            var parallel = conjunct.Length == 0 ? null : ParallelStem(left, conjunct, bothSides: separator == "v");
            // Without a word that marks where the conjunct's counterpart starts, only a short conjunct after an "and" is
            // trusted; "vs" sets two whole things against each other; "v" does so only with such a word on both sides
            // ("arsenal v the saints" is a fixture).
            var maxWords = parallel is not null || separator != "and" ? MaxSetAgainstWords : MaxConjunctWords;
            if (conjunct.Length == 0 || conjunct.Length > maxWords || (parallel is null && left.Length < conjunct.Length)
                || (separator == "v" && parallel is null && SameOpener(left, conjunct) <= 0))
                return [];
            var second = parallel is null ? SubjectSwapped(left, conjunct) : null;
            if (second is null)
            {
                var stem = left[..(parallel ?? StemLength(left, conjunct))];
                second = [.. stem, .. conjunct];
            }
            return Usable([string.Join(' ', [.. left, .. tail]), string.Join(' ', [.. second, .. tail])]);
        }
        return [];
    }

    // "how many staff does sun interbrew have vs southcorp" → "how many staff does southcorp have"; "how many caps did dave
    // hodges win for the usa vs gareth llewellyn for wales" → "… did gareth llewellyn win for wales"; "how many texts did
    // the uk send on new year's day vs in the whole of december" → "… send in the whole of december": after a question's
    // auxiliary comes its subject, then its verb; the conjunct stands for the subject (and its own phrase after a
    // preposition for the left's), or, opening with a preposition, for the left's last such phrase. Null when the left
    // has no wh-word and auxiliary to go by.
    private static string[]? SubjectSwapped(string[] left, string[] conjunct)
    {
        if (left.Length < 3 || !WhWord().IsMatch(left[0]))
            return null;
        var aux = Array.FindIndex(left, 1, w => Auxiliary().IsMatch(w));
        if (aux < 0 || aux >= left.Length - 1)
            return null;
        if (Preposition().IsMatch(conjunct[0]))
        {
            var last = Array.FindLastIndex(left, w => Preposition().IsMatch(w));
            return last > aux + 1 ? [.. left[..last], .. conjunct] : null;
        }
        var copula = Copula().IsMatch(left[aux]);
        var verb = Array.FindIndex(left, aux + 2, w => copula ? w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) : CommonVerb().IsMatch(w));
        if (verb < 0 && !copula)
        {
            var preposition = Array.FindIndex(left, aux + 2, w => Preposition().IsMatch(w));
            verb = preposition > aux + 2 ? preposition - 1 : left.Length - 1;
        }
        var rest = verb < 0 ? [] : left[verb..];
        var own = Array.FindIndex(conjunct, 1, w => Preposition().IsMatch(w));
        if (own > 0)
        {
            var theirs = Array.FindIndex(rest, w => Preposition().IsMatch(w));
            rest = [.. theirs < 0 ? rest : rest[..theirs], .. conjunct[own..]];
        }
        return verb == aux + 1 ? null : [.. left[..(aux + 1)], .. own > 0 ? conjunct[..own] : conjunct, .. rest];
    }

    // "who's older, A or B" asks each one's age: "how old is A", "how old is B" (an age is what the articles give, not
    // "older"); likewise taller, bigger, heavier, richer.
    private static string Measured(string stem)
    {
        var match = ComparedMeasure().Match(stem);
        if (!match.Success)
            return stem;
        var measure = match.Groups["than"].Value.ToLowerInvariant() switch
        {
            "older" or "younger" => "old",
            "taller" or "shorter" => "tall",
            "bigger" or "larger" or "smaller" => "big",
            "heavier" or "lighter" => "heavy",
            "richer" or "poorer" => "rich",
            _ => null,
        };
        var verb = match.Groups["verb"].Success ? match.Groups["verb"].Value.ToLowerInvariant() : "is";
        return measure is null ? stem : $"how {measure} {verb}";
    }

    private const int MaxConjunctWords = 4;
    private const int MaxSetAgainstWords = 8;

    // The stem when a possessive on each side marks the counterparts ("who's ukip's deputy leader" / "veritas' deputy":
    // the stem is "who's"; "kenteris's lawyer" / "courtney love's lawyer": none); the question's opening words ("how much
    // did") when only the conjunct has one ("how much did verizon bid for mci vs qwest's offer") unless both sides must
    // have one; null without one.
    private static int? ParallelStem(string[] left, string[] conjunct, bool bothSides)
    {
        var theirs = Array.FindIndex(conjunct, 0, Math.Min(conjunct.Length, PossessiveReach), w => Possessive().IsMatch(w));
        if (theirs < 0)
            return null;
        var ours = Array.FindLastIndex(left, w => Possessive().IsMatch(w));
        if (ours < 0)
            return bothSides ? null : left.TakeWhile(w => QuestionOpening().IsMatch(w)).Count();
        return Math.Max(0, ours - theirs);
    }

    private const int PossessiveReach = 3;

    // Where the words both parts share end on the left. A colon closes the shared words ("ages: viotti vs ian curtis");
    // a conjunct that opens with a small word ("… the mtv europe awards and the nrj awards", "… for ireland v south
    // africa and for scotland v italy") parallels the left's last such word; otherwise the left's last words, as many
    // as the conjunct has, are its counterpart ("german jobless rate and uk interest rate").
    private static int StemLength(string[] left, string[] conjunct)
    {
        var colon = Array.FindLastIndex(left, w => w.EndsWith(':'));
        if (colon >= 0 && colon < left.Length - 1)
            return colon + 1;
        var same = SameOpener(left, conjunct);
        return same > 0 ? same : left.Length - conjunct.Length;
    }

    // Where the left has the small word the conjunct opens with ("the"), or -1.
    private static int SameOpener(string[] left, string[] conjunct) =>
        Opener().IsMatch(conjunct[0])
            ? Array.FindLastIndex(left, w => string.Equals(w, conjunct[0], StringComparison.OrdinalIgnoreCase))
            : -1;

    // Words besides question words and stopwords ("when does the aus open start": aus, open, start).
    private static int ContentWords(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().Replace("'s", "", StringComparison.Ordinal).Trim(',', ':', ';'))
            .Count(w => w.Length > 0 && !Language.Stopwords.Contains(w));

    // "and" joins two things asked for ("who coaches scotland and spain"), or two halves of one event ("why did shares
    // fall and profits rise", "did the typhoon flood manila and cut power"): only a question after a fact, or a bare
    // phrase, is split.
    private static bool AsksForAFact(string text) => !YesNoOrWhy().IsMatch(text);

    /// <summary>
    /// True when the question may ask about two stories at once ("wpp vs nestle revenue", "who coaches scotland and
    /// spain"): the answerer then tries the best sentence of each of the two best stories.
    /// </summary>
    public static bool MayAskTwoThings(string question) =>
        question.Length <= 300 && TwoThings().IsMatch(question) && !OneEventOfTwo(question);

    // "where did blinken and lavrov meet", "when did chelsea and arsenal last play": "A and B" then a verb of two
    // doing one thing together (meeting, talking, agreeing, merging, playing each other).
    private static bool OneEventOfTwo(string question)
    {
        var text = question.Trim().TrimEnd('?', '!', '.', ' ');
        return SideBySide(text) is { } side && IsOneEvent(side);
    }

    // "A and B" with a verb of doing together after the conjunct's first word (the conjunct's own name comes first).
    private static bool IsOneEvent(Sides side) =>
        side.Separator == "and" && side.Conjunct.Skip(1).Any(w => Together().IsMatch(w));

    // Two things side by side around the question's one pair word ("and", "vs", "v" before "the" or a possessive): the
    // words on its left; the conjunct on its right, up to a trailing clause that belongs to both ("when they died");
    // that clause, with a ", who are they" asked of both; the pair word, lower-cased; and the question without that
    // last clause. Null unless there is exactly one pair word.
    private static Sides? SideBySide(string text)
    {
        var asked = AskedOfBoth().Match(text);
        var body = asked.Success ? text[..asked.Index] : text;
        var pairs = Pair().Matches(body);
        if (pairs.Count != 1)
            return null;
        var left = body[..pairs[0].Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = body[(pairs[0].Index + pairs[0].Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tailAt = Array.FindIndex(right, w => TrailingClause().IsMatch(w));
        var conjunct = tailAt < 0 ? right : right[..tailAt];
        string[] tail = [.. tailAt < 0 ? [] : right[tailAt..], .. asked.Success ? asked.Groups["clause"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : []];
        return new Sides(left, conjunct, tail, pairs[0].Value.Trim().ToLowerInvariant(), body);
    }

    private readonly record struct Sides(string[] Left, string[] Conjunct, string[] Tail, string Separator, string Body);

    private static bool IsComparison(string text) => Comparative().IsMatch(text);

    private static List<string> Usable(IEnumerable<string> parts)
    {
        var list = parts.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return list.Count is >= 2 and <= 3 ? list : [];
    }

    // "&" joins two questions only before a second wh-word: elsewhere it joins a name ("marks & spencer", "b & q"); so
    // does "v" ("… venus v when dementieva beat her"), elsewhere a fixture.
    [GeneratedRegex(@"(?<and>,?\s+(?:and|&|vs\.?|versus|v)\s+)(?=(?:how|what|whats|when|whens|where|wheres|who|whos|which|why)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondQuestion();

    [GeneratedRegex(@"\s+(?:vs\.?|versus|and|v(?=\s+(?:the|[\w-]+(?:'s|s'))\s))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();

    [GeneratedRegex(@"^[\w-]+(?:'s|s')$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:how|what|what's|whats|when|when's|where|where's|who|who's|which|much|many|old|long|is|are|was|were|did|does|do|has|have)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpening();

    // ", who are they" after two things asks the same of both.
    [GeneratedRegex(@",\s*(?<clause>(?:who|what|where|when|how\s+old)\s+(?:is|are|was|were)\s+(?:they|them|those|these))$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedOfBoth();

    [GeneratedRegex(@"^(?:the|a|an|for|in|at|on|of|to|by|with|from)$", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^(?:how|what|what's|whats|when|when's|where|where's|who|who's|which)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhWord();

    [GeneratedRegex(@"^(?:who|which(?:\s+\w+)?)(?:'s|\s+(?<verb>is|was|are|were))\s+(?<than>\w+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedMeasure();

    [GeneratedRegex(@"^(?:does|did|do|is|are|was|were|has|have|had|will|would|can|could)$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(?:is|are|was|were)$", RegexOptions.IgnoreCase)]
    private static partial Regex Copula();

    [GeneratedRegex(@"^(?:in|on|at|for|to|from|during|against|with|by|over|since|after|before|of)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    // Verbs a chat question asks with after its subject ("does india have", "did hodges win", "did they agree to pay").
    [GeneratedRegex(@"^(?:have|has|had|win|won|pay|paid|sell|sold|buy|bought|make|made|get|got|earn|spend|score|scored|beat|lose|lost|send|sent|watch|cost|employ|own|need|want|plan|hold|give|play|raise|offer|bid|receive|sign|agree|take|took|charge|fetch|gross|attract|draw|post|report|expect)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommonVerb();

    [GeneratedRegex(@"^(?:when|where|while|after|before)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingClause();

    [GeneratedRegex(@"^\s*(?:why|how(?!\s+(?:many|much|old|long|far)\b)|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoOrWhy();

    [GeneratedRegex(@"^(?:meet|meets|met|meeting|talk|talks|talked|speak|speaks|spoke|agree|agreed|merge|merged|marry|married|wed|clash|clashed|negotiate|negotiated|sign|signed|play|played|draw|drew|fight|fought|split|divorce|divorced)$", RegexOptions.IgnoreCase)]
    private static partial Regex Together();

    [GeneratedRegex(@"\S\s+(?:vs\.?|versus|and|or)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex TwoThings();

    [GeneratedRegex(@"\s+(?:or|vs\.?|versus)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Alternatives();

    // A choice between alternatives starts like a question that picks one: "which …", "who …", "did …", "was …".
    [GeneratedRegex(@"^\s*(?:which|who|whose|what|did|does|do|was|were|is|are|has|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();
}
