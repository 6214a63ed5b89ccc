using System.Collections.Immutable;
using Drafting.Model.Diff;
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
/// <see cref="RenumberedBy"/> names the sibling inserted, deleted or moved nearest before a renumbered clause: a
/// number counts the siblings before it, so that change is what renumbered it (null when the number stayed).
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
    ImmutableArray<TextPiece> Pieces,
    ClauseId? RenumberedBy = null)
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

    /// <summary>
    /// The views of a comparison in merged order. A moved clause is written as deleted at its old place and inserted
    /// (with its sub-paragraphs) at its new one, so accepting every change gives the current text and rejecting
    /// every change gives the older one.
    /// </summary>
    public static ImmutableArray<ClauseView> Of(ResolutionComparison comparison)
    {
        var oldLabels = Of(comparison.Old).ToDictionary(v => v.Id, v => v.NewLabel);
        var newLabels = Of(comparison.New).ToDictionary(v => v.Id, v => v.NewLabel);
        var views = ImmutableArray.CreateBuilder<ClauseView>();
        AddSiblings(views, comparison.Preambular, 0, wholeInserted: false, oldLabels, newLabels);
        AddSiblings(views, comparison.Operative, 0, wholeInserted: false, oldLabels, newLabels);
        return views.ToImmutable();
    }

    private static void AddSiblings(
        ImmutableArray<ClauseView>.Builder views, ImmutableArray<ClauseComparison> siblings, int depth, bool wholeInserted,
        Dictionary<ClauseId, string?> oldLabels, Dictionary<ClauseId, string?> newLabels)
    {
        ClauseId? lastShift = null;
        foreach (var compared in siblings)
        {
            if (AddCompared(views, compared, depth, wholeInserted, lastShift, oldLabels, newLabels) is { Change: ClauseChange.Inserted or ClauseChange.Deleted } shifting)
            {
                lastShift = shifting.Id;
            }
        }
    }

    /// <summary>Adds the view of <paramref name="compared"/> and its sub-paragraphs; returns its own view, null when it has none at this place.</summary>
    private static ClauseView? AddCompared(
        ImmutableArray<ClauseView>.Builder views, ClauseComparison compared, int depth, bool wholeInserted, ClauseId? lastShift,
        Dictionary<ClauseId, string?> oldLabels, Dictionary<ClauseId, string?> newLabels)
    {
        if (wholeInserted && compared.New is null)
        {
            // Under a moved clause's new place: what left it was already shown deleted at the old place.
            return null;
        }

        wholeInserted |= compared.Moved || compared.Change == ClauseChangeKind.Inserted;
        ClauseView view;
        if (wholeInserted)
        {
            var clause = compared.New!;
            view = new ClauseView(clause.Id, clause.Kind, depth, ClauseChange.Inserted, null, newLabels.GetValueOrDefault(clause.Id), null, clause.Opening,
                clause.Text.Length == 0 ? [] : [new TextPiece(PieceKind.Inserted, clause.Text)]);
        }
        else if (compared.New is null)
        {
            var clause = compared.Old!;
            view = new ClauseView(clause.Id, clause.Kind, depth, ClauseChange.Deleted, oldLabels.GetValueOrDefault(clause.Id), null, clause.Opening, null,
                clause.Text.Length == 0 ? [] : [new TextPiece(PieceKind.Deleted, clause.Text)]);
        }
        else
        {
            var (before, after) = (compared.Old!, compared.New);
            var (oldLabel, newLabel) = (oldLabels.GetValueOrDefault(after.Id), newLabels.GetValueOrDefault(after.Id));
            view = new ClauseView(after.Id, after.Kind, depth, compared.Change == ClauseChangeKind.Modified ? ClauseChange.Modified : ClauseChange.Unchanged,
                oldLabel, newLabel, before.Opening, after.Opening,
                [.. compared.Segments.Select(s => new TextPiece(s.Kind switch
                {
                    SegmentKind.Inserted => PieceKind.Inserted,
                    SegmentKind.Deleted => PieceKind.Deleted,
                    _ => PieceKind.Equal,
                }, s.Text))],
                oldLabel == newLabel ? null : lastShift);
        }

        views.Add(view);
        AddSiblings(views, compared.SubParagraphs, depth + 1, wholeInserted, oldLabels, newLabels);
        return view;
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
