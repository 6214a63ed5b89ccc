using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>What goes into a Word export besides the resolution itself.</summary>
public sealed record DocxOptions
{
    /// <summary>An older version to show the changes against as tracked changes; null for a clean document.</summary>
    public Resolution? CompareTo { get; init; }

    /// <summary>The author of the tracked changes, e.g. the Secretariat or the pen-holder.</summary>
    public string RevisionAuthor { get; init; } = "Drafting";

    /// <summary>The date of the tracked changes.</summary>
    public DateTimeOffset RevisionDate { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// Who last changed each clause since <see cref="CompareTo"/>, and when: its tracked changes carry that
    /// author and date; clauses not listed carry <see cref="RevisionAuthor"/> and <see cref="RevisionDate"/>.
    /// </summary>
    public IReadOnlyDictionary<ClauseId, ChangeAuthor> ClauseAuthors { get; init; } = new Dictionary<ClauseId, ChangeAuthor>();

    /// <summary>
    /// Who last inserted, deleted or moved each clause since <see cref="CompareTo"/>, and when: the renumbering that
    /// causes is signed by them even when someone else edited the clause's words later; clauses not listed fall back
    /// to <see cref="ClauseAuthors"/>.
    /// </summary>
    public IReadOnlyDictionary<ClauseId, ChangeAuthor> StructureAuthors { get; init; } = new Dictionary<ClauseId, ChangeAuthor>();

    /// <summary>Comments to write as Word comments; empty for none.</summary>
    public IReadOnlyList<ExportComment> Comments { get; init; } = [];

    /// <summary>
    /// Where the exported text comes from (resolution id, seq or revision), written in the custom document properties
    /// so a file returned with a delegation's changes is compared with the text it showed; null writes none.
    /// </summary>
    public Import.Docx.WordOrigin? Origin { get; init; }

    /// <summary>What the file is ("Rev.1", "Compilation of proposals as of …"), printed under the masthead; null prints nothing.</summary>
    public DocumentIdentity? Identity { get; init; }
}

/// <summary>Who made a change and when.</summary>
/// <param name="Name">As Word shows it, e.g. "Ama Mensah (Ghana)".</param>
/// <param name="Date">When.</param>
public sealed record ChangeAuthor(string Name, DateTimeOffset Date);
