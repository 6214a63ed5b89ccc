using System.Text;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>A clause as read, before its Markdown is reduced to text and it becomes an immutable <see cref="Clause"/>.</summary>
internal sealed class RawClause(ClauseKind kind, int firstLine)
{
    public ClauseKind Kind { get; } = kind;

    public int FirstLine { get; } = firstLine;

    public int LastLine { get; set; } = firstLine;

    public StringBuilder Markdown { get; } = new();

    public List<RawClause> Children { get; } = [];

    public LabelStyle? ChildStyle { get; set; }

    /// <summary>Whether the text ends with a heading line of the list it holds ("Asset freeze"), after which a label may follow.</summary>
    public bool EndsWithListHeading { get; private set; }

    /// <summary>Whether a labelled line may open a sub-paragraph after this clause: it has ended, or ends with a list heading.</summary>
    public bool AcceptsLabel => EndsWithListHeading || EndsWithClausePunctuation;

    /// <summary>Adds a heading line printed inside a list; a list holds no headings in the model, so it stays text here.</summary>
    public void AppendListHeading(string markdown, int line)
    {
        Append(markdown, line);
        EndsWithListHeading = true;
    }

    public void Append(string markdown, int line)
    {
        EndsWithListHeading = false;
        var trimmed = markdown.Trim();
        if (!_quoting && trimmed.Length > 0 && trimmed[0] is '"' or '\u201C' && EndsWithColon)
        {
            _quoting = true;
        }

        if (_quoting)
        {
            _quoteDepth = QuoteDepthAfter(trimmed, _quoteDepth);
            _quoting = _quoteDepth > 0;
        }

        if (Markdown.Length > 0 && markdown.Length > 0)
        {
            // A word hyphenated at a line wrap ("coordination-" / "process") keeps its hyphen without a space.
            if (Markdown[^1] != '-')
            {
                Markdown.Append(' ');
            }
        }

        Markdown.Append(markdown.Trim());
        _closingKnown = false;
        LastLine = Math.Max(LastLine, line);
    }

    public RawClause Last => Children.Count == 0 ? this : Children[^1].Last;

    /// <summary>This clause read as another kind (the one paragraph of a resolution without numbers is operative).</summary>
    public RawClause AsKind(ClauseKind kind)
    {
        var copy = new RawClause(kind, FirstLine) { LastLine = LastLine, ChildStyle = ChildStyle };
        copy.Markdown.Append(Markdown);
        copy.Children.AddRange(Children);
        return copy;
    }

    /// <summary>Curly quotes open and close; a straight quote closes when one is open, else opens.</summary>
    private static int QuoteDepthAfter(string text, int depth)
    {
        foreach (var c in text)
        {
            depth = c switch
            {
                '\u201C' => depth + 1,
                '\u201D' => Math.Max(0, depth - 1),
                '"' => depth > 0 ? depth - 1 : depth + 1,
                _ => depth,
            };
        }

        return depth;
    }

    /// <summary>
    /// Whether the text so far ends with clause punctuation (<see cref="ClauseShape.EndsWithClausePunctuation"/>, looking
    /// past closers). Reads only the end of the text, so asking after every line stays linear in the paragraph.
    /// </summary>
    public bool EndsWithClausePunctuation => ClosingCharacter is ',' or ';' or ':' or '.' or '!' or '?';

    /// <summary>
    /// Whether the text ends with its clause punctuation and a conjunction ("…; and", "…; or"), as the item before the
    /// last of a list does: finished, though it does not end with punctuation.
    /// </summary>
    public bool EndsWithConjunction
    {
        get
        {
            var tail = Tail(6);
            return tail.EndsWith("; and", StringComparison.Ordinal) || tail.EndsWith("; or", StringComparison.Ordinal)
                || tail.EndsWith(", and", StringComparison.Ordinal) || tail.EndsWith(", or", StringComparison.Ordinal);
        }
    }

    /// <summary>Whether the text so far ends with a colon: it announces what follows ("… by the following:").</summary>
    public bool EndsWithColon => ClosingCharacter == ':';

    /// <summary>Whether the text so far ends with a full stop, as the last paragraph of a resolution does.</summary>
    public bool EndsWithFullStop => ClosingCharacter == '.';

    /// <summary>
    /// Whether the clause is inside a quotation it inserts into another text: a line opening with a quotation mark right
    /// after the clause announced it with a colon ("… shall be replaced by the following:" / "“1. The Committee …"),
    /// until the quotation marks balance again. Numbers and labels inside it belong to the quoted text.
    /// </summary>
    public bool InQuotation => _quoteDepth > 0;

    private int _quoteDepth;
    private bool _quoting;

    /// <summary>The last character that counts for punctuation, worked out once per change of the text.</summary>
    private char? ClosingCharacter => _closingKnown ? _closing : Remember(ClauseShape.ClosingCharacter(Tail(MaxTailLength), lookPastClosers: true));

    private char? _closing;
    private bool _closingKnown;

    private char? Remember(char? closing)
    {
        _closing = closing;
        _closingKnown = true;
        return closing;
    }

    /// <summary>
    /// How much of the end is read: a footnote marker and the closing quotes, brackets and emphasis after the
    /// punctuation are a few characters; a paragraph ending in more than this many of them does not end like a clause.
    /// </summary>
    private const int MaxTailLength = 64;

    private string Tail(int length) => Markdown.ToString(Math.Max(0, Markdown.Length - length), Math.Min(length, Markdown.Length));

    public IEnumerable<RawClause> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}

/// <summary>A heading as read: its Markdown, its line and the paragraph it stands before.</summary>
internal sealed class RawHeading(string markdown, int line)
{
    public string Markdown { get; private set; } = markdown;

    /// <summary>Adds the next line of a heading printed on several lines.</summary>
    public void Append(string separator, string markdown) => Markdown = Markdown + separator + markdown;

    public int Line { get; } = line;

    public RawClause? Before { get; set; }
}
