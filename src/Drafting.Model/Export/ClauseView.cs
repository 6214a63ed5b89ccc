using System.Collections.Immutable;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>Whether a piece of clause text is in both versions, only the current one, or only the older one.</summary>
internal enum PieceKind
{
    /// <summary>In both versions.</summary>
    Equal,

    /// <summary>Only in the current version.</summary>
    Inserted,

    /// <summary>Only in the older version.</summary>
    Deleted,
}

/// <summary>A run of clause text with its revision status.</summary>
internal readonly record struct TextPiece(PieceKind Kind, string Text);

/// <summary>What happened to a whole clause between the older and the current version.</summary>
internal enum ClauseChange
{
    /// <summary>Same text (or no comparison at all).</summary>
    Unchanged,

    /// <summary>Text changed.</summary>
    Modified,

    /// <summary>Only in the current version.</summary>
    Inserted,

    /// <summary>Only in the older version.</summary>
    Deleted,
}

/// <summary>
/// One clause as the writers lay it out: its kind and depth, its label in each version (numbers are derived from
/// position, so a moved or renumbered clause has two), and its text as pieces. Without a comparison the text is
/// one equal piece and both labels are the same. The writers walk these and never the comparison itself.
/// </summary>
internal sealed record ClauseView(
    ClauseId Id,
    ClauseKind Kind,
    int Depth,
    ClauseChange Change,
    string? OldLabel,
    string? NewLabel,
    string? OldOpening,
    string? NewOpening,
    ImmutableArray<TextPiece> Pieces)
{
    /// <summary>The text of the current version ("accept all").</summary>
    public string NewText => string.Concat(Pieces.Where(p => p.Kind != PieceKind.Deleted).Select(p => p.Text));

    /// <summary>The text of the older version ("reject all").</summary>
    public string OldText => string.Concat(Pieces.Where(p => p.Kind != PieceKind.Inserted).Select(p => p.Text));

    /// <summary>The clause's views, one per clause in document order, of a resolution without comparison.</summary>
    public static ImmutableArray<ClauseView> Of(Resolution resolution)
    {
        var views = ImmutableArray.CreateBuilder<ClauseView>();
        foreach (var clause in resolution.Preambular)
        {
            views.Add(Plain(clause, 0, null));
        }

        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            AddWithSubParagraphs(views, resolution.Operative[i], 0, ClauseLabels.ForOperative(i));
        }

        return views.ToImmutable();
    }

    private static void AddWithSubParagraphs(ImmutableArray<ClauseView>.Builder views, Clause clause, int depth, string label)
    {
        views.Add(Plain(clause, depth, label));
        var style = clause.SubParagraphStyle ?? ClauseLabels.DefaultStyle(depth + 1);
        for (var i = 0; i < clause.SubParagraphs.Length; i++)
        {
            AddWithSubParagraphs(views, clause.SubParagraphs[i], depth + 1, ClauseLabels.For(style, i));
        }
    }

    private static ClauseView Plain(Clause clause, int depth, string? label) =>
        new(clause.Id, clause.Kind, depth, ClauseChange.Unchanged, label, label, clause.Opening, clause.Opening,
            clause.Text.Length == 0 ? [] : [new TextPiece(PieceKind.Equal, clause.Text)]);
}
