using System.Text;

namespace Drafting.Benchmarks;

/// <summary>
/// Pastes built to find work that grows faster than the text: each is a shape repeated up to a given number of characters,
/// so doubling the size doubles what the importer reads. The shapes are those that were quadratic or worse before issue 16.
/// </summary>
internal static class PathologicalPastes
{
    /// <summary>The shapes, by name.</summary>
    public static readonly string[] Shapes =
    [
        "sponsor-line", "sponsors-without-commas", "footnote-like-lines", "one-long-line", "wrapped-lines", "paragraphs",
        "stray-emphasis", "nested-brackets", "quote-markers", "heading-like-lines", "sub-paragraphs",
        "run-in-line", "text-in-list", "labels-alone",
    ];

    /// <summary>The paste of <paramref name="shape"/> with about <paramref name="characters"/> characters.</summary>
    public static string Make(string shape, int characters) => shape switch
    {
        // 20,000 names cost 8 s when each name was matched against the whole line.
        "sponsor-line" => Header(Repeat("Ghana, Kenya, Costa Rica, Trinidad and Tobago, ", characters) + "and Chile: draft resolution") + Body,
        "sponsors-without-commas" => Header(Repeat("Ghana Costa Rica ", characters) + "Chile: draft resolution") + Body,
        // 50,000 lines shaped like footnotes under a paragraph carrying their marker cost 39 s.
        "footnote-like-lines" => "The Security Council,\n\n1. *Decides* to act,1 and\n" + Repeat("1 United Nations, Treaty Series, vol. 1833.\n", characters),
        // A 700 KB line ran for minutes.
        "one-long-line" => "The Security Council,\n\n1. *Decides* " + Repeat("to act (a) and *to* [act](x) ", characters) + ".",
        "wrapped-lines" => "The Security Council,\n\n1. *Decides* to act\n" + Repeat("and to act again\n", characters),
        "paragraphs" => "The Security Council,\n\n" + Numbered(characters),
        "stray-emphasis" => "The Security Council,\n\n" + Repeat("1. *Decides* " + string.Concat(Enumerable.Repeat("*a _b [c ", 200)) + ";\n\n", characters),
        "nested-brackets" => "The Security Council,\n\n" + Repeat("1. *Decides* " + new string('[', 5_000) + " to act;\n\n", characters),
        "quote-markers" => "The Security Council,\n\n1. *Decides* to act\n" + Repeat("> > > > > > > > > > x\n", characters),
        "heading-like-lines" => "The Security Council,\n\n1. *Decides* to act;\n\n" + Repeat("Assets freeze\n\n", characters) + "2. *Decides* to remain seized.",
        "sub-paragraphs" => "The Security Council,\n\n1. *Decides* that the Mission shall:\n\n" + Repeat("(a) Protect civilians;\n\n", characters),
        // Issue 28: one line of labels run into a sentence, each looked at for a run-in enumeration.
        "run-in-line" => "The Security Council,\n\n1. *Decides* that the Mission shall: " + Repeat("(a) monitor paragraph 8 (a) of it; (b) report; ", characters) + ".",
        // Lines without labels inside a list, each kept as text of the sub-paragraph above with a warning.
        "text-in-list" => "The Security Council,\n\n1. *Decides* that:\n\n(a) Panels will be held;\n\n" + Repeat("Panel 1: the first theme;\n\n", characters),
        // Labels alone on their lines, each taking the text after the blank line.
        "labels-alone" => "The Security Council,\n\n1. *Decides* that the Mission shall:\n\n" + Repeat("(a)\n\nTo protect civilians,\n\n", characters),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "No such shape."),
    };

    private const string Body = "\n\nThe Security Council,\n\n1. *Decides* to remain seized of the matter.\n";

    private static string Header(string sponsorLine) => "Security Council\n\nDistr.: General\n30 March 2020\n\n" + sponsorLine;

    private static string Repeat(string unit, int characters)
    {
        var text = new StringBuilder(characters + unit.Length);
        while (text.Length + unit.Length <= characters)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static string Numbered(int characters)
    {
        var text = new StringBuilder(characters + 100);
        for (var i = 1; text.Length < characters - 100; i++)
        {
            text.Append((i % 999) + 1).Append(". *Decides* to act on the matter before it;\n\n");
        }

        return text.ToString();
    }
}
