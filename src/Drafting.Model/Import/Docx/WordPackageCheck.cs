using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Looks at a file before the OpenXml SDK opens it, so nothing costly or dangerous is attempted on a file that is not a
/// Word document: the size as sent, the signature (zip, or OLE compound file for .doc and encrypted files), the zip's
/// directory (entry count, declared unpacked sizes, the part that makes it Word) — all without unpacking anything.
/// </summary>
public static class WordPackageCheck
{
    /// <summary>The largest .docx accepted, in bytes.</summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>The largest total of the declared unpacked sizes of the package's entries, in bytes.</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>The most entries a package may hold.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>The largest unpacked XML part the reader parses, in characters (also enforced while parsing).</summary>
    public const long MaxPartCharacters = 32L * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The problem with <paramref name="file"/>, or null when it may be opened as a Word package.</summary>
    public static WordFileProblem? Check(ReadOnlySpan<byte> file)
    {
        if (file.Length > MaxFileBytes)
        {
            return new(WordFileProblemKind.TooLarge, "too-large", string.Create(CultureInfo.InvariantCulture,
                $"The file has {file.Length:N0} bytes; a Word document of at most {MaxFileBytes:N0} bytes is imported. Remove pictures, or save it as .docx without embedded fonts."));
        }

        if (file.StartsWith(OleSignature))
        {
            return file.IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
                ? new(WordFileProblemKind.LegacyOrEncrypted, "encrypted",
                    "The Word document is protected with a password, so its text cannot be read. Remove the password in Word (File, Info, Protect Document) and upload it again.")
                : new(WordFileProblemKind.LegacyOrEncrypted, "legacy-doc",
                    "This is a Word 97–2003 document (.doc) or another OLE file, not a .docx. Open it in Word or LibreOffice and save it as Word Document (.docx).");
        }

        if (!file.StartsWith(ZipSignature))
        {
            return new(WordFileProblemKind.NotAZip, "not-a-zip",
                "This is not a Word document: a .docx file is a zip package, and this file is not one. Upload a .docx, or paste the text.");
        }

        return null;
    }

    /// <summary>The problem with the zip directory of <paramref name="file"/> (already known to start like a zip), or null.</summary>
    public static WordFileProblem? CheckDirectory(byte[] file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return new(WordFileProblemKind.TooLarge, "too-many-parts", string.Create(CultureInfo.InvariantCulture,
                    $"The package holds {zip.Entries.Count:N0} entries; a Word document with at most {MaxEntries:N0} is imported."));
            }

            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxUnpackedBytes)
                {
                    return new(WordFileProblemKind.TooLarge, "unpacked-too-large", string.Create(CultureInfo.InvariantCulture,
                        $"Unpacked, the package would take more than {MaxUnpackedBytes:N0} bytes ('{entry.FullName}' alone declares {entry.Length:N0}); it is not read."));
                }
            }

            if (zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null)
            {
                return new(WordFileProblemKind.NoDocumentPart, "opendocument",
                    "This is an OpenDocument file (.odt), not a Word document. Save it from LibreOffice as Word 2007–365 (.docx) and upload that.");
            }

            if (zip.GetEntry("[Content_Types].xml") is null || !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith("document2.xml", StringComparison.OrdinalIgnoreCase)))
            {
                return new(WordFileProblemKind.NoDocumentPart, "no-document-part",
                    "The zip package holds no Word document part (word/document.xml). Upload a .docx saved by Word, LibreOffice or pandoc.");
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return new(WordFileProblemKind.NotAZip, "not-a-zip",
                "The file starts like a zip package but its directory cannot be read: it is damaged or cut short. Save the .docx again and upload it.");
        }
    }
}
