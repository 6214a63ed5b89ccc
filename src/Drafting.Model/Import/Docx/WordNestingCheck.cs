using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Measures how deep the XML parts of a package nest, with a streaming reader, before the OpenXml SDK builds its tree:
/// the SDK builds that tree by recursion, and a 12 KB file of content controls nested 10,000 deep overflows the
/// stack, which no exception handler can catch — the whole process ends. Reading the file this way holds one element
/// name per level and never recurses, so a part nested 100,000 deep is measured in milliseconds.
/// </summary>
public static class WordNestingCheck
{
    /// <summary>
    /// The deepest an XML part may nest, in elements. A resolution's body is about 8 deep (document, body, paragraph,
    /// run, text, a content control or two); each table inside a table adds 3 (table, row, cell), so even 60 tables
    /// nested in one another stay under 200. The SDK, and our reader after it, run well past this without harm.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>The problem with the deepest-nested XML part of <paramref name="file"/> (a zip already checked by <see cref="WordPackageCheck"/>), or null.</summary>
    public static WordFileProblem? Check(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(IsXml))
            {
                if (Deepest(entry) is var (depth, element) && depth > MaxDepth)
                {
                    return new WordFileProblem(WordFileProblemKind.TooDeep, "nested-too-deep", string.Create(CultureInfo.InvariantCulture,
                        $"'{entry.FullName}' nests its elements {depth:N0} deep ('{element}' at that depth); a Word document nests at most {MaxDepth:N0}, and a resolution about 10. The file is not read: save a copy without the nested content controls, tables or fields and upload that."));
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            // A damaged entry: the SDK says so in its own words when it opens the package.
        }

        return null;
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The deepest element of the part and its name; null when the part is not well-formed XML (the SDK reports that).</summary>
    private static (int Depth, string Element)? Deepest(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true,
            IgnoreProcessingInstructions = true, MaxCharactersInDocument = WordPackageCheck.MaxPartCharacters, CloseInput = true,
        };
        var deepest = 0;
        var name = "";
        try
        {
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
            {
                // Depth counts from 0 at the root; the element count is one more.
                if (reader.NodeType == XmlNodeType.Element && reader.Depth + 1 > deepest)
                {
                    deepest = reader.Depth + 1;
                    name = reader.Name;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed, or over the character limit: measured as far as it was read.
        }

        return deepest == 0 ? null : (deepest, name);
    }
}
