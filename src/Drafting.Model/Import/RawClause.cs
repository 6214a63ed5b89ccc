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

    public void Append(string markdown, int line)
    {
        if (Markdown.Length > 0 && markdown.Length > 0)
        {
            // A word hyphenated at a line wrap ("coordination-" / "process") keeps its hyphen without a space.
            if (Markdown[^1] != '-')
            {
                Markdown.Append(' ');
            }
        }

        Markdown.Append(markdown.Trim());
        LastLine = Math.Max(LastLine, line);
    }

    public RawClause Last => Children.Count == 0 ? this : Children[^1].Last;

    public IEnumerable<RawClause> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}

/// <summary>A heading as read: its Markdown, its line and the index of the operative paragraph it stands before.</summary>
internal sealed class RawHeading(string markdown, int line)
{
    public string Markdown { get; } = markdown;

    public int Line { get; } = line;

    public int OperativeIndex { get; set; } = -1;
}
