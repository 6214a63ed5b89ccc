using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Places sub-paragraphs at the right depth under the current operative paragraph, from their labels:
/// a label continuing an open list joins it ("(i)" after "(h)" is the letter i); any other label opens a
/// deeper list ("(i)" under "(a)" is the first roman item).
/// </summary>
internal sealed class SubParagraphTree
{
    private readonly List<Level> _levels = [];
    private RawClause? _operative;

    private sealed class Level(RawClause owner, LabelStyle style)
    {
        public RawClause Owner { get; } = owner;

        public LabelStyle Style { get; } = style;

        /// <summary>The ordinal of the last label placed; never read for tirets and bullets, which are never out of sequence.</summary>
        public int LastOrdinal { get; set; }
    }

    public void StartOperative(RawClause operative)
    {
        _operative = operative;
        _levels.Clear();
    }

    /// <summary>
    /// Whether a label after a blank line opens a sub-paragraph even though the text before it has not ended ("(h) … ; or"
    /// / "(i) …"): it continues a list that is open, opens a list ("(a)", "(i)", "1)"), or is a tiret or bullet.
    /// </summary>
    public bool OpensAfterBlank(SubParagraphLabel label) =>
        _operative is not null
        && (label.Readings.Any(r => r.Ordinal is 0 or SubParagraphLabel.AnyOrdinal) || Continued(label) >= 0);

    /// <summary>
    /// Adds a sub-paragraph; returns a warning when its label is out of sequence or too deep, else null. <paramref name="next"/>,
    /// the label after an ambiguous one, decides "(i)" after "(h)": followed by "(ii)" it opens a roman list, else it is the
    /// letter i.
    /// </summary>
    public string? Add(RawClause subParagraph, SubParagraphLabel label, SubParagraphLabel? next = null)
    {
        if (_operative is null)
        {
            throw new InvalidOperationException("A sub-paragraph needs an operative paragraph to belong to.");
        }

        string? warning = null;
        var (depth, reading) = OpensRomanList(label, next) ? (-1, default) : FindContinuedList(label);
        if (depth < 0)
        {
            reading = Preferred(label);
            var owner = _levels.Count == 0 ? _operative : _levels[^1].Owner.Children[^1];
            if (_levels.Count >= Resolution.MaxDepth)
            {
                depth = _levels.Count - 1;
                warning = $"'{label.Token}' would nest deeper than {Resolution.MaxDepth} levels; it was placed at level {Resolution.MaxDepth}.";
            }
            else
            {
                _levels.Add(new Level(owner, reading.Style));
                owner.ChildStyle = reading.Style;
                depth = _levels.Count - 1;
                if (reading.Ordinal > 0)
                {
                    warning = $"The list starts at '{label.Token}' instead of its first label; it is renumbered from the first.";
                }
            }
        }
        else if (reading.Ordinal != SubParagraphLabel.AnyOrdinal && reading.Ordinal != _levels[depth].LastOrdinal + 1)
        {
            warning = $"'{label.Token}' is out of sequence; sub-paragraphs are renumbered by position.";
        }

        _levels.RemoveRange(depth + 1, _levels.Count - depth - 1);
        var level = _levels[depth];
        level.Owner.Children.Add(subParagraph);
        level.LastOrdinal = reading.Ordinal;
        return warning;
    }

    /// <summary>The depth of the open list <paramref name="label"/> continues with the next ordinal, or -1.</summary>
    private int Continued(SubParagraphLabel label)
    {
        for (var depth = _levels.Count - 1; depth >= 0; depth--)
        {
            if (label.Readings.Any(r => r.Style == _levels[depth].Style && r.Ordinal != SubParagraphLabel.AnyOrdinal && r.Ordinal == _levels[depth].LastOrdinal + 1))
            {
                return depth;
            }
        }

        return -1;
    }

    /// <summary>
    /// "(i)" (or "i.") whose next label is "(ii)" ("ii.") opens a roman list, even where it would count on letters after "(h)".
    /// </summary>
    private static bool OpensRomanList(SubParagraphLabel label, SubParagraphLabel? next) =>
        next is not null
        && label.Readings.FirstOrDefault(r => r.Style is LabelStyle.RomanInParentheses or LabelStyle.RomanWithPeriod) is { Ordinal: 0 } first
        && next.Readings.Any(r => r.Style == first.Style && r.Ordinal == 1);

    private (int Depth, (LabelStyle Style, int Ordinal) Reading) FindContinuedList(SubParagraphLabel label)
    {
        for (var depth = _levels.Count - 1; depth >= 0; depth--)
        {
            foreach (var reading in label.Readings)
            {
                if (reading.Style == _levels[depth].Style
                    && (reading.Ordinal == SubParagraphLabel.AnyOrdinal || reading.Ordinal == _levels[depth].LastOrdinal + 1))
                {
                    return (depth, reading);
                }
            }
        }

        for (var depth = _levels.Count - 1; depth >= 0; depth--)
        {
            foreach (var reading in label.Readings)
            {
                if (reading.Style == _levels[depth].Style && reading.Ordinal > 0 && !IsFirstOfAnotherStyle(label, reading.Style))
                {
                    return (depth, reading);
                }
            }
        }

        return (-1, default);
    }

    private static bool IsFirstOfAnotherStyle(SubParagraphLabel label, LabelStyle style) =>
        label.Readings.Any(r => r.Style != style && r.Ordinal == 0);

    private static (LabelStyle Style, int Ordinal) Preferred(SubParagraphLabel label)
    {
        foreach (var reading in label.Readings)
        {
            if (reading.Ordinal is 0 or SubParagraphLabel.AnyOrdinal)
            {
                return reading;
            }
        }

        return label.Readings.OrderByDescending(r => r.Style is LabelStyle.LetterInParentheses or LabelStyle.LetterWithPeriod).First();
    }
}
