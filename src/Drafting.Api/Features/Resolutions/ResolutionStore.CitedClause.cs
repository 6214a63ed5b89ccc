using Dapper;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>One clause with its reference, read without the rest of the resolution.</summary>
public sealed partial class ResolutionStore
{
    // The clause and its parents up to its paragraph (depth 0 is the clause), each with how many siblings come before it:
    // a paragraph's siblings are the document's paragraphs of its kind, a sub-paragraph's its parent's sub-paragraphs.
    private const string SelectCitedClause =
        """
        WITH RECURSIVE chain (id, parent_id, kind, position, text, depth) AS (
            SELECT id, parent_id, kind, position, text, CAST(0 AS BIGINT) FROM clauses WHERE resolution_id = @rid AND id = @clauseId
            UNION ALL
            SELECT c.id, c.parent_id, c.kind, c.position, c.text, chain.depth + 1
            FROM clauses c JOIN chain ON c.id = chain.parent_id
            WHERE c.resolution_id = @rid
        )
        SELECT chain.kind, chain.text, chain.depth, parent.sub_style,
               (SELECT COUNT(*) FROM clauses s
                WHERE s.resolution_id = @rid AND s.position < chain.position
                  AND (s.parent_id = chain.parent_id OR (s.parent_id IS NULL AND chain.parent_id IS NULL AND s.kind = chain.kind))) AS earlier
        FROM chain LEFT JOIN clauses parent ON parent.resolution_id = @rid AND parent.id = chain.parent_id
        ORDER BY chain.depth DESC
        """;

    /// <summary>
    /// The clause <paramref name="clauseId"/> of resolution <paramref name="id"/>, with its text and its reference ("OP 4 (b)"),
    /// read alone: a paragraph's live agreed-language mark asks for it after each pause in typing, and reading the whole
    /// resolution for it cost several times the check itself. Null when there is no such clause in that resolution.
    /// </summary>
    public async Task<CitedClause?> GetCitedClauseAsync(Guid id, ClauseId clauseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var chain = (await connection.QueryAsync<(string Kind, string Text, long Depth, string? SubStyle, long Earlier)>(new CommandDefinition(
            SelectCitedClause, new { rid = id.ToString(), clauseId = clauseId.Value }, cancellationToken: cancellationToken))).AsList();
        if (chain.Count == 0)
        {
            return null;
        }

        // From the paragraph down: each step is the index among the parent's sub-paragraphs, in the parent's style.
        var reference = ClauseReferences.At(
            Enum.Parse<ClauseKind>(chain[0].Kind),
            (int)chain[0].Earlier,
            chain.Skip(1).Select(step => (step.SubStyle is null ? (LabelStyle?)null : Enum.Parse<LabelStyle>(step.SubStyle), (int)step.Earlier)));
        return new CitedClause(clauseId, reference, chain[^1].Text);
    }
}

/// <summary>A clause as a reader cites it: its id, its reference ("OP 4 (b)") and its text.</summary>
/// <param name="Id">The clause.</param>
/// <param name="Reference">How delegates cite it, from where it stands.</param>
/// <param name="Text">Its text.</param>
public sealed record CitedClause(ClauseId Id, string Reference, string Text);
