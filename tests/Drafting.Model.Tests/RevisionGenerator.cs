using CsCheck;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests;

/// <summary>Pairs of an older and a later version of one resolution: clauses edited, inserted, deleted and moved, ids kept.</summary>
internal static class RevisionGenerator
{
    private static readonly string[] Words = ["peace", "security", "Council", "*starred*", "<tag>", "a & b", "missions,", "of", "and", "further", "\u201Ccurly\u201D"];

    private enum Edit
    {
        Text,
        Delete,
        Insert,
        Move,
    }

    private static Gen<(Edit Kind, int Target, int Position, string[] Words)> Edits =>
        Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, 1000], Gen.Int[0, 10], Gen.OneOfConst(Words).Array[1, 6], (kind, target, position, words) => (kind, target, position, words));

    public static Gen<(Resolution Old, Resolution New)> Pairs =>
        Gen.Select(ResolutionGenerator.Resolutions, Edits.Array[0, 8], (old, edits) => (old, edits.Aggregate(old, Apply)));

    private static Resolution Apply(Resolution resolution, (Edit Kind, int Target, int Position, string[] Words) edit)
    {
        var clauses = resolution.AllClauses.ToList();
        var target = clauses[edit.Target % clauses.Count];
        var location = resolution.Find(target.Id)!;
        var words = string.Join(' ', edit.Words);
        switch (edit.Kind)
        {
            case Edit.Text:
                var opening = target.Opening;
                var text = edit.Position % 2 == 0 && opening is not null
                    ? $"{opening} {words} {target.TextAfterOpening.Trim()}"
                    : $"{words} {target.Text}".Trim();
                return resolution.WithClauseText(target.Id, text.Trim(), text.StartsWith(opening ?? "\u0000", StringComparison.Ordinal) ? opening : null);
            case Edit.Delete when location.Kind != ClauseKind.Operative || resolution.Operative.Length > 1:
                return resolution.RemoveClause(target.Id);
            case Edit.Insert:
                var kind = location.Kind;
                var ending = kind == ClauseKind.Preambular ? "," : ";";
                var inserted = new Clause(ClauseId.New(), kind, $"Welcomes {words}{ending}", "Welcomes");
                return resolution.InsertClause(inserted, location.ParentId, edit.Position);
            case Edit.Move:
                return resolution.MoveClause(target.Id, edit.Position);
            default:
                return resolution;
        }
    }
}
