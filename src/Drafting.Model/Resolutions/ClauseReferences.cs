namespace Drafting.Model.Resolutions;

/// <summary>How delegates cite clauses: "PP 3", "OP 4", "OP 4 (b) (ii)". Derived from position, like numbers and labels.</summary>
public static class ClauseReferences
{
    /// <summary>The reference of every clause of <paramref name="resolution"/>, by id.</summary>
    public static IReadOnlyDictionary<ClauseId, string> Of(Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var references = new Dictionary<ClauseId, string>();
        for (var i = 0; i < resolution.Preambular.Length; i++)
        {
            references[resolution.Preambular[i].Id] = Paragraph(ClauseKind.Preambular, i);
        }

        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            Add(resolution.Operative[i], Paragraph(ClauseKind.Operative, i), references);
        }

        return references;
    }

    /// <summary>
    /// The reference of one clause from where it stands, without the rest of the document: the zero-based
    /// <paramref name="index"/> of its paragraph among the document's paragraphs of <paramref name="kind"/>, then, down
    /// to the clause, its zero-based index among each parent's sub-paragraphs with that parent's label style (none: (a), (b) …).
    /// </summary>
    public static string At(ClauseKind kind, int index, IEnumerable<(LabelStyle? ParentStyle, int Index)> subParagraphs)
    {
        ArgumentNullException.ThrowIfNull(subParagraphs);
        if (kind == ClauseKind.SubParagraph)
        {
            throw new ArgumentException("A reference starts at a preambular or operative paragraph.", nameof(kind));
        }

        return subParagraphs.Aggregate(Paragraph(kind, index), (reference, step) => SubParagraph(reference, step.ParentStyle, step.Index));
    }

    private static void Add(Clause clause, string reference, Dictionary<ClauseId, string> references)
    {
        references[clause.Id] = reference;
        for (var i = 0; i < clause.SubParagraphs.Length; i++)
        {
            Add(clause.SubParagraphs[i], SubParagraph(reference, clause.SubParagraphStyle, i), references);
        }
    }

    private static string Paragraph(ClauseKind kind, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return $"{(kind == ClauseKind.Preambular ? "PP" : "OP")} {index + 1}";
    }

    private static string SubParagraph(string parent, LabelStyle? parentStyle, int index) =>
        $"{parent} {ClauseLabels.For(parentStyle ?? LabelStyle.LetterInParentheses, index)}";
}
