using Drafting.Model.Resolutions;

namespace Drafting.Model.Library;

/// <summary>
/// An adopted text as the zero draft of next year's resolution ("rollover"): the same formula, title and paragraphs,
/// numbered again from position as every draft is; no symbol or date, which belong to the adopted text. Where the
/// official structure has no place in a draft it is kept in the nearest one: the sub-items of a preambular paragraph
/// and the preambular paragraphs of a section become preambular paragraphs of their own, and headings standing
/// together before one paragraph become one heading.
/// </summary>
public static class AdoptedDraft
{
    /// <summary>A new draft with id <paramref name="id"/> holding the text of <paramref name="adopted"/>.</summary>
    public static Resolution From(AdoptedText adopted, Guid id)
    {
        ArgumentNullException.ThrowIfNull(adopted);
        var preambular = new List<Clause>();
        var operative = new List<Clause>();
        var headings = new List<Heading>();
        var pendingHeadings = new List<string>();
        // The open operative paragraph and its open sub-paragraphs, by depth.
        var open = new List<Builder>();

        void Close()
        {
            if (open.Count > 0 && open[0].Build() is { } clause)
            {
                operative.Add(clause);
            }

            open.Clear();
        }

        foreach (var paragraph in adopted.Paragraphs)
        {
            switch (paragraph.Kind)
            {
                case LibraryParagraphKind.Heading:
                    pendingHeadings.Add(paragraph.Text);
                    break;
                case LibraryParagraphKind.Preambular:
                    preambular.Add(new Clause(ClauseId.New(), ClauseKind.Preambular, paragraph.Text, paragraph.Opening));
                    break;
                case LibraryParagraphKind.SubParagraph when open.Count == 0:
                    var text = $"{paragraph.Number} {paragraph.Text}".Trim();
                    preambular.Add(new Clause(ClauseId.New(), ClauseKind.Preambular, text, paragraph.Number.Length == 0 ? paragraph.Opening : null));
                    break;
                case LibraryParagraphKind.SubParagraph:
                    var depth = Math.Min(paragraph.Depth, Math.Min(open.Count, Resolution.MaxDepth));
                    open.RemoveRange(depth, open.Count - depth);
                    var child = new Builder(ClauseKind.SubParagraph, paragraph, Style(paragraph.Number));
                    open[^1].Children.Add(child);
                    open.Add(child);
                    break;
                case LibraryParagraphKind.Operative:
                    Close();
                    var builder = new Builder(ClauseKind.Operative, paragraph, null);
                    open.Add(builder);
                    if (pendingHeadings.Count > 0)
                    {
                        var heading = string.Join(" – ", pendingHeadings);
                        if (heading.Length <= Heading.MaxTextLength)
                        {
                            headings.Add(new Heading(ClauseId.New(), heading, builder.Id));
                        }

                        pendingHeadings.Clear();
                    }

                    break;
            }
        }

        Close();
        var placed = operative.Select(c => c.Id).ToHashSet();
        headings.RemoveAll(h => !placed.Contains(h.BeforeClauseId));
        return new Resolution(id, new Organ(adopted.Organ), adopted.Formula, preambular, operative, title: adopted.Title, headings: headings);
    }

    /// <summary>The label style a printed label shows ("(a)", "(i)", "a.", "(1)", a dash or a bullet).</summary>
    public static LabelStyle Style(string label) => label switch
    {
        ['(', 'i' or 'v' or 'x', ..] when label.Trim('(', ')').All(c => c is 'i' or 'v' or 'x') && label != "(v)" && label != "(x)" => LabelStyle.RomanInParentheses,
        ['(', var c, ..] when char.IsAsciiLetter(c) => LabelStyle.LetterInParentheses,
        ['(', var c, ..] when char.IsAsciiDigit(c) => LabelStyle.NumberInParentheses,
        [var c, '.'] when c is 'i' or 'v' or 'x' => LabelStyle.RomanWithPeriod,
        [var c, ..] when char.IsAsciiLetter(c) && label.EndsWith('.') => LabelStyle.LetterWithPeriod,
        ['–' or '-' or '—', ..] => LabelStyle.Tiret,
        ['•' or '·' or '\uF0B7', ..] => LabelStyle.Bullet,
        _ => LabelStyle.LetterInParentheses,
    };

    private sealed class Builder(ClauseKind kind, LibraryParagraph paragraph, LabelStyle? style)
    {
        public ClauseId Id { get; } = ClauseId.New();

        public LabelStyle? Style { get; } = style;

        public List<Builder> Children { get; } = [];

        /// <summary>The clause; null for a paragraph with neither text nor sub-paragraphs, which a draft cannot hold.</summary>
        public Clause? Build()
        {
            var children = Children.Select(c => c.Build()).OfType<Clause>().ToList();
            return paragraph.Text.Length == 0 && children.Count == 0
                ? null
                : new Clause(Id, kind, paragraph.Text, paragraph.Opening, children, Children.FirstOrDefault()?.Style);
        }
    }
}
