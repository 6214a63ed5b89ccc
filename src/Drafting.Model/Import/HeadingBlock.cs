using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>Where a heading printed between clauses belongs.</summary>
internal enum HeadingPlace
{
    /// <summary>Before the next operative paragraph: a <see cref="Heading"/>.</summary>
    BeforeOperative,

    /// <summary>Between two sub-paragraphs of a list ("Asset freeze" above "(a) …").</summary>
    InList,

    /// <summary>Before the next preambular paragraph ("Current situation"): a <see cref="Heading"/> too.</summary>
    Preamble,
}

/// <summary>
/// A heading as PDF and Word copies print it between clauses, without Markdown: one to four short lines without clause
/// punctuation, after a clause that has ended and before a numbered paragraph, a labelled sub-paragraph or, in the
/// preamble, a paragraph opening with its phrase. Its printed forms: one long line ("Prevention of illicit exports of
/// petroleum, including crude oil and refined petroleum products"), wrapped over two, ending in a colon ("Reports:"), an
/// acronym ("UNMISS"), a label above a title ("I" / "Achieving sustainable fisheries", "A." / "Targeted sanctions") or on
/// one line with it ("A. Targeted sanctions").
/// </summary>
internal sealed partial class HeadingBlock
{
    /// <summary>The longest line read as part of a heading.</summary>
    private const int MaxLineLength = 160;

    /// <summary>The most lines a heading is printed on ("TO ADVANCE" / "POLITICAL SOLUTIONS" / "TO CONFLICT AND ENHANCE THE" / "POLITICAL IMPACT …").</summary>
    private const int MaxLines = 4;

    /// <summary>A heading line ending in a colon is short ("Reports:", "Urgent temporary measures:").</summary>
    private const int MaxColonLineLength = 40;

    /// <summary>A first line this long that goes on with a capital is a wrapped title rather than a title above a subtitle.</summary>
    private const int WrappedLineLength = 40;

    private HeadingBlock(string text, int firstLine, int lastLine, HeadingPlace place)
    {
        Text = text;
        FirstLine = firstLine;
        LastLine = lastLine;
        Place = place;
    }

    /// <summary>The heading's Markdown, its lines joined.</summary>
    public string Text { get; }

    /// <summary>The line it starts on.</summary>
    public int FirstLine { get; }

    /// <summary>The line it ends on.</summary>
    public int LastLine { get; }

    /// <summary>Where it belongs.</summary>
    public HeadingPlace Place { get; }

    /// <summary>
    /// Reads the heading that starts with <paramref name="text"/> (the line just handed on, after a clause that has
    /// ended), consuming its further lines from <paramref name="body"/>; null, consuming nothing, when it is not one.
    /// </summary>
    /// <remarks>
    /// After a paragraph ending in a colon, the lines it announces are its text, not a heading, unless a labelled item
    /// follows them ("… shall be the following:" / "Monitoring of the ceasefire" / "(a) …", S/RES/1528 (2004)): the
    /// names after "… the following permanent judges …:" (S/RES/1932 (2010)) are no heading of the next paragraph.
    /// </remarks>
    public static HeadingBlock? Read(PageCleanup body, string text, int line, OpeningPhrases phrases, bool operativeStarted, bool afterColon)
    {
        if (!IsHeadingLine(text, phrases, first: true))
        {
            return null;
        }

        var ahead = body.PeekTexts(MaxLines);
        for (var extra = 0; extra < ahead.Count; extra++)
        {
            if (PlaceBefore(ahead[extra].Text, phrases, operativeStarted) is { } place)
            {
                if (afterColon && place == HeadingPlace.BeforeOperative)
                {
                    return null;
                }

                var heading = Join(ahead.Take(extra).Select(a => a.Text).Prepend(text).ToList());
                if (heading.Length > Heading.MaxTextLength)
                {
                    return null;
                }

                body.Skip(extra);
                return new HeadingBlock(heading, line, extra == 0 ? line : ahead[extra - 1].Number, place);
            }

            if (!IsHeadingLine(ahead[extra].Text, phrases, first: false))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Where a heading standing before the line <paramref name="following"/> belongs, or null when none may stand there.</summary>
    private static HeadingPlace? PlaceBefore(string following, OpeningPhrases phrases, bool operativeStarted)
    {
        if (ClauseShape.OperativeNumber().IsMatch(following))
        {
            return HeadingPlace.BeforeOperative;
        }

        if (operativeStarted)
        {
            return SubParagraphLabel.At(following) is not null ? HeadingPlace.InList : null;
        }

        // In the preamble an unnumbered operative paragraph may follow too: the single one of an election or admission.
        return ClauseShape.OpensLikeClause(following, phrases, ClauseKind.Preambular) || ClauseShape.OpensLikeClause(following, phrases, ClauseKind.Operative)
            ? HeadingPlace.Preamble
            : null;
    }

    private static bool IsHeadingLine(string text, OpeningPhrases phrases, bool first)
    {
        var bare = text.Trim('*', '_').Trim();
        if (bare.Length is 0 || bare.Length > (first && NumberedTitle().IsMatch(bare) ? Heading.MaxTextLength : MaxLineLength))
        {
            return false;
        }

        if (first && Label().IsMatch(bare))
        {
            return true;
        }

        if (first && DigitLabel().IsMatch(bare))
        {
            // "1a: Targeting illicit finances": a numbered part of the text, never an operative number ("1. Decides").
            return bare[^1] is not (',' or ';' or '.' or ':' or '!' or '?') && phrases.Match(ClauseKind.SubParagraph, bare[(bare.IndexOf(' ', StringComparison.Ordinal) + 1)..]) is null;
        }

        // The cheap tests first: most lines a reader sees end with clause punctuation or start with a number or label.
        var closing = bare[^1];
        if (closing is ',' or ';' or '.' or '!' or '?' || (closing == ':' && bare.Length > MaxColonLineLength)
            || (first ? !char.IsUpper(bare[0]) : !char.IsLetter(bare[0])))
        {
            return false;
        }

        return SubParagraphLabel.At(text) is null && phrases.Match(ClauseKind.SubParagraph, bare) is null;
    }

    /// <summary>
    /// One heading from its lines: "I" / "Achieving …" → "I. Achieving …"; a wrapped title joined by a space (the next
    /// line in lower case, the line above long, or both in capitals); a short title above a subtitle ("UNMISS" /
    /// "Protection of civilians") joined by a dash.
    /// </summary>
    private static string Join(List<string> lines)
    {
        var heading = lines[0].Trim();
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Trim();
            var previous = heading;
            heading = Label().IsMatch(previous.Trim('*', '_'))
                ? previous.TrimEnd('.') + ". " + next
                : char.IsLower(next.TrimStart('*', '_')[0]) || lines[i - 1].Length > WrappedLineLength || (IsCapitals(lines[i - 1]) && IsCapitals(next))
                    ? previous + " " + next
                    : previous + " \u2013 " + next;
        }

        return heading;
    }

    private static bool IsCapitals(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    /// <summary>
    /// "III. Conditions of service … Tribunals" (A/RES/77/263 B): a section's number and its title on one line, which may
    /// run to the length of any heading.
    /// </summary>
    [GeneratedRegex(@"^(?:[IVXL]{1,6}|[A-Z])\.\s+\p{Lu}")]
    private static partial Regex NumberedTitle();

    /// <summary>"1a: Targeting illicit finances", "2b. Travel ban": a number with a letter before a title.</summary>
    [GeneratedRegex(@"^\d{1,2}[a-z][:.)]?\s+\p{Lu}")]
    private static partial Regex DigitLabel();

    /// <summary>"I", "IV.", "A", "B.": the number of a part or section of the operative text, alone on its line.</summary>
    [GeneratedRegex(@"^(?:[IVXL]{1,6}|[A-Z])\.?$")]
    private static partial Regex Label();
}
