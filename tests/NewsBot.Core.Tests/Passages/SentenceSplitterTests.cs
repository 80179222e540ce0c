using NewsBot.Core.Passages;

namespace NewsBot.Core.Tests.Passages;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences() =>
        Assert.Equal(["They met in Delhi.", "Why there?", "Nobody knows!"], Sentences("They met in Delhi. Why there? Nobody knows!"));

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_sentences() =>
        Assert.Equal(["Mr. Blinken met U.S. officials at 10 a.m. and J. Smith paid £15.8m.", "Then he left."],
            Sentences("Mr. Blinken met U.S. officials at 10 a.m. and J. Smith paid £15.8m. Then he left."));

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["He said: \"We will win.\"", "“Never,” she said."], Sentences("He said: \"We will win.\" “Never,” she said."));

    [Fact]
    public void A_long_run_of_dots_glued_to_a_word_is_read_once_and_split_like_a_short_one()
    {
        // Each dot of such a run used to rescan the whole run: 100,000 dots took 12 s to ingest.
        foreach (var dots in new[] { 3, 50_000 })
        {
            var run = new string('.', dots);
            var text = $"Wait{run}what happened? They met in Delhi.";
            Assert.Equal([$"Wait{run}what happened?", "They met in Delhi."], Sentences(text));
        }
    }

    [Fact]
    public void A_blank_line_ends_a_heading_without_a_full_stop() =>
        Assert.Equal(["Chelsea sack Mutu", "Chelsea have sacked Adrian Mutu."], Sentences("Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu."));

    [Fact]
    public void A_single_line_break_inside_a_sentence_is_a_wrap() =>
        Assert.Equal(["The talks were\nshort and tense.", "Both left."], Sentences("The talks were\nshort and tense. Both left."));

    [Fact]
    public void List_items_on_their_own_lines_are_separate_sentences() =>
        Assert.Equal(["Winners:", "- Best play - Hamlet at the Globe", "- Best opera - Tosca"],
            Sentences("Winners:\n- Best play - Hamlet at the Globe\n - Best opera - Tosca"));

    [Fact]
    public void A_range_gives_absolute_offsets_trimmed_of_whitespace()
    {
        const string Text = "Intro. First one. Second one. Outro.";
        var start = Text.IndexOf("First", StringComparison.Ordinal);
        var end = Text.IndexOf(" Outro", StringComparison.Ordinal);
        Assert.Equal([(start, start + "First one.".Length), (end - "Second one.".Length, end)], SentenceSplitter.Split(Text, start - 1, end + 1));
    }
}
