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
            references[resolution.Preambular[i].Id] = $"PP {i + 1}";
        }

        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            Add(resolution.Operative[i], $"OP {i + 1}", references);
        }

        return references;
    }

    private static void Add(Clause clause, string reference, Dictionary<ClauseId, string> references)
    {
        references[clause.Id] = reference;
        for (var i = 0; i < clause.SubParagraphs.Length; i++)
        {
            Add(clause.SubParagraphs[i], $"{reference} {ClauseLabels.For(clause.SubParagraphStyle ?? LabelStyle.LetterInParentheses, i)}", references);
        }
    }
}
