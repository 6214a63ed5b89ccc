namespace Drafting.Model.Import.Docx;

/// <summary>Why a file cannot be read as a Word document.</summary>
public enum WordFileProblemKind
{
    /// <summary>Not a zip package at all (plain text, PDF, an image…).</summary>
    NotAZip,

    /// <summary>A zip package without a Word document part (a zip of other files, an OpenDocument text).</summary>
    NoDocumentPart,

    /// <summary>An OLE compound file: a Word 97–2003 .doc, or a .docx protected with a password.</summary>
    LegacyOrEncrypted,

    /// <summary>Bigger than the limit, as sent or once unpacked.</summary>
    TooLarge,

    /// <summary>A part whose elements nest deeper than <see cref="WordNestingCheck.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>A Word package whose parts cannot be parsed.</summary>
    Corrupt,
}

/// <summary>What is wrong with a file offered as a Word document, for a person.</summary>
/// <param name="Kind">The kind of problem; the API maps it to a status.</param>
/// <param name="Reason">A stable short code such as <c>not-a-zip</c>.</param>
/// <param name="Message">What was found and what to do.</param>
public sealed record WordFileProblem(WordFileProblemKind Kind, string Reason, string Message);
