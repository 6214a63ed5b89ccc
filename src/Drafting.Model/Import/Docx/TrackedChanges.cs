namespace Drafting.Model.Import.Docx;

/// <summary>What to do with the tracked changes (<c>w:ins</c>, <c>w:del</c>, moves) of a Word file.</summary>
public enum TrackedChangeHandling
{
    /// <summary>Read the text as if every change were accepted (the default: what the author means).</summary>
    Accept,

    /// <summary>Read the text as it was before the changes.</summary>
    Reject,
}

/// <summary>Counts the tracked changes met while reading and who made them.</summary>
internal sealed class TrackedChangeTally
{
    private readonly SortedSet<string> _authors = new(StringComparer.Ordinal);

    /// <summary>How many insertions, deletions and moves (each <c>w:ins</c>/<c>w:del</c> element, paragraph marks included).</summary>
    public int Count { get; private set; }

    /// <summary>Their authors, sorted.</summary>
    public IReadOnlyCollection<string> Authors => _authors;

    public void Add(string? author)
    {
        Count++;
        _authors.Add(string.IsNullOrWhiteSpace(author) ? "(no author)" : author.Trim());
    }
}
