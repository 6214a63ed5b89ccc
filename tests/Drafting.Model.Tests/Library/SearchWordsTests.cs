using System.Globalization;
using System.Net;
using System.Text;
using Drafting.Model.Library;

namespace Drafting.Model.Tests.Library;

public class SearchWordsTests
{
    // Letters, digits, punctuation, accented and combining characters, other scripts: every path of the tokenizer.
    private static readonly string[] Pieces =
        ["the", "The", "SECURITY", "Council", "1325", "a1b", " ", " ", ", ", "-", "'", "(", ")", "<", "&", "\"", "é", "É", "Côte", "d'Ivoire",
         "e\u0301", "\u0301", "Ωμέγα", "日本", "٣", "ß", "İ", "\u00A0", "\t", "nation", "Nations", "nationally"];

    /// <summary>The words as search saw them before they were compared in place: letters and digits, combining marks dropped, lower-cased invariantly.</summary>
    private static List<(int Start, int Length, string Word)> Reference(string text)
    {
        static bool WordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
        var words = new List<(int, int, string)>();
        for (var i = 0; i < text.Length;)
        {
            if (!WordChar(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && WordChar(text[i]))
            {
                i++;
            }

            var word = new StringBuilder();
            foreach (var c in text[start..i].Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            {
                word.Append(char.ToLowerInvariant(c));
            }

            words.Add((start, i - start, word.ToString()));
        }

        return words;
    }

    /// <summary>
    /// The marking of a one-word or prefix query the plain way: each reference word compared as a string, and words
    /// marked one after the other in one mark, as a phrase is.
    /// </summary>
    private static string ReferenceMark(string text, string normalized, bool prefix)
    {
        var words = Reference(text);
        var html = new StringBuilder();
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            bool Marked(int k) => prefix ? words[k].Word.StartsWith(normalized, StringComparison.Ordinal) : words[k].Word == normalized;
            if (!Marked(i))
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && Marked(last + 1))
            {
                last++;
            }

            var end = words[last].Start + words[last].Length;
            html.Append(WebUtility.HtmlEncode(text[at..words[i].Start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[words[i].Start..end])).Append("</mark>");
            at = end;
            i = last;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    private static string RandomText(Random random) => string.Concat(Enumerable.Range(0, random.Next(30)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    [Fact]
    public void Finds_the_words_the_plain_tokenizer_finds_on_random_texts()
    {
        const int seed = 20261207;
        var random = new Random(seed);
        for (var round = 0; round < 5_000; round++)
        {
            var text = RandomText(random);

            var words = SearchWords.Of(text).Select(w => (w.Start, w.Length, w.Word)).ToList();

            Assert.True(Reference(text).SequenceEqual(words), $"seed {seed}, round {round}: '{text}'");
        }
    }

    [Fact]
    public void Marks_a_word_or_a_prefix_where_the_plain_comparison_of_normalized_words_does_on_random_texts()
    {
        const int seed = 20261208;
        var random = new Random(seed);
        string[] asked = ["the", "security", "nation", "nations", "côte", "d", "ωμέγα", "日本", "e", "1325", "ss", "ß", "İ", "Nations"];
        for (var round = 0; round < 5_000; round++)
        {
            var text = RandomText(random);
            var word = asked[random.Next(asked.Length)];
            var prefix = random.Next(2) == 0;
            var (query, refusal) = SearchQuery.Parse(prefix ? word + "*" : word);
            Assert.True(query is not null, $"{word}: {refusal}");
            var term = query.Terms.Single();

            Assert.True(ReferenceMark(text, term.Words[0], term.Prefix) == query.Mark(text), $"seed {seed}, round {round}: {(prefix ? word + "*" : word)} in '{text}': {query.Mark(text)}");
        }
    }

    [Fact]
    public void A_query_matches_the_spaced_normalized_words_of_a_text_exactly_when_it_matches_the_text_on_random_texts()
    {
        const int seed = 20261209;
        var random = new Random(seed);
        string[] asked = ["the", "the security", "security council", "nation*", "nations", "côte d", "d ivoire", "ωμέγα", "日本", "1325", "council the", "é", "etat", "co*"];
        var matched = 0;
        for (var round = 0; round < 5_000; round++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => asked[random.Next(asked.Length)]));
            // Half the texts hold the asked words, in capitals, a prefix completed, among others.
            var text = random.Next(2) == 0 ? RandomText(random) + " " + words.Replace("*", "ntinues", StringComparison.Ordinal).ToUpperInvariant() + RandomText(random) : RandomText(random);
            var quoted = random.Next(2) == 0 && !words.Contains('*', StringComparison.Ordinal) ? $"\"{words}\"" : words;
            var (query, refusal) = SearchQuery.Parse(quoted);
            Assert.True(query is not null, $"{quoted}: {refusal}");

            Assert.True(query.Matches(text) == query.MatchesSpaced($" {SearchWords.Normalized(text)} "), $"seed {seed}, round {round}: {quoted} in '{text}': {query.Matches(text)} by the text");
            matched += query.Matches(text) ? 1 : 0;
        }

        // Both answers, often.
        Assert.InRange(matched, 1_000, 4_000);
    }

    [Fact]
    public void A_word_in_capitals_is_its_lower_case_word_and_an_accented_one_keeps_its_accent()
    {
        var words = SearchWords.Of("SECURITY Council, Côte d’Ivoire e\u0301tat").Select(w => w.Word);

        Assert.Equal(["security", "council", "côte", "d", "ivoire", "etat"], words);
    }
}
