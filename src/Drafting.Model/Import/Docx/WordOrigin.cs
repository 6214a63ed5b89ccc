using System.Globalization;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Where an exported Word file came from, kept in its custom document properties so a returned file is compared with
/// the text it showed: the resolution's id and the event <c>seq</c> (current text) or the published revision it shows.
/// </summary>
/// <param name="ResolutionId">The resolution exported.</param>
/// <param name="Seq">The resolution's last event seq when the current text was exported.</param>
/// <param name="Revision">The published revision shown, when the export showed one.</param>
public sealed record WordOrigin(Guid ResolutionId, long? Seq, int? Revision)
{
    /// <summary>The custom property holding the resolution id.</summary>
    public const string ResolutionIdProperty = "DraftingResolutionId";

    /// <summary>The custom property holding the seq of the exported text.</summary>
    public const string SeqProperty = "DraftingSeq";

    /// <summary>The custom property holding the revision number of the exported text.</summary>
    public const string RevisionProperty = "DraftingRevision";

    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>Writes the origin into <paramref name="document"/>'s custom properties.</summary>
    public void WriteTo(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var properties = new Properties();
        var pid = 2;
        properties.Append(Property(pid++, ResolutionIdProperty, ResolutionId.ToString()));
        if (Seq is { } seq)
        {
            properties.Append(Property(pid++, SeqProperty, seq.ToString(CultureInfo.InvariantCulture)));
        }

        if (Revision is { } revision)
        {
            properties.Append(Property(pid, RevisionProperty, revision.ToString(CultureInfo.InvariantCulture)));
        }

        var part = document.CustomFilePropertiesPart ?? document.AddCustomFilePropertiesPart();
        part.Properties = properties;
    }

    /// <summary>The origin written in <paramref name="document"/>, or null when it carries none (or a damaged one).</summary>
    public static WordOrigin? ReadFrom(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>() ?? [])
        {
            if (property.Name?.Value is { } name)
            {
                values[name] = property.InnerText.Trim();
            }
        }

        if (!values.TryGetValue(ResolutionIdProperty, out var idText) || !Guid.TryParse(idText, out var id))
        {
            return null;
        }

        long? seq = values.TryGetValue(SeqProperty, out var seqText) && long.TryParse(seqText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        int? revision = values.TryGetValue(RevisionProperty, out var revisionText) && int.TryParse(revisionText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        return new WordOrigin(id, seq, revision);
    }

    private static CustomDocumentProperty Property(int pid, string name, string value) =>
        new(new VTLPWSTR(value)) { FormatId = FormatId, PropertyId = pid, Name = name };
}
