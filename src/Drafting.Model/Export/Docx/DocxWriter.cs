using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// Writes a resolution as a Word document in UN layout (docs/un-layout.md): styles, masthead, clause paragraphs,
/// running header and footer, optionally tracked changes against an older version and observers' comments.
/// Each part is written by its own small class; this one only puts them together.
/// </summary>
public static class DocxWriter
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The .docx bytes of <paramref name="resolution"/>.</summary>
    public static byte[] Write(Resolution resolution, DocxOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(resolution, stream, options);
        return stream.ToArray();
    }

    /// <summary>
    /// The .docx bytes of a compilation text: the current text with each open proposal that competes with none as a
    /// tracked change signed by its delegations (so a pen-holder may accept or reject it in Word), and the competing
    /// and unmergeable ones in comments naming their delegations. Accepting every change gives
    /// <see cref="Compilation.Proposed"/>.
    /// </summary>
    public static byte[] WriteCompilation(Compilation compilation, DateTimeOffset now, string exporter, IReadOnlyList<ExportComment>? comments = null, DocumentIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        return Write(compilation.Proposed, new DocxOptions
        {
            CompareTo = compilation.Current,
            ClauseAuthors = compilation.ChangedBy.ToDictionary(c => c.Key, c => new ChangeAuthor(c.Value.DelegationsText, now)),
            Comments = [.. comments ?? [], .. CompilationText.Comments(compilation, now)],
            RevisionAuthor = exporter,
            RevisionDate = now,
            Identity = identity,
        });
    }

    /// <summary>Writes <paramref name="resolution"/> as .docx to <paramref name="stream"/>, which must be seekable and writable.</summary>
    public static void Write(Resolution resolution, Stream stream, DocxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new DocxOptions();
        var views = options.CompareTo is { } older
            ? ClauseView.Of(ResolutionComparison.Compare(older, resolution))
            : ClauseView.Of(resolution);

        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);

        // Fast deflate: the text compresses nearly as well, in a fraction of the time of the default level.
        document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = UnStyles.Create();

        var clauseLengths = new Dictionary<ClauseId, int>();
        foreach (var clause in resolution.AllClauses)
        {
            clauseLengths[clause.Id] = clause.Text.Length;
        }

        var comments = new CommentAnchors(options.Comments, clauseLengths);
        var marks = new RevisionMarks(options.RevisionAuthor, options.RevisionDate, options.ClauseAuthors, options.StructureAuthors);
        var footnotes = new FootnoteParts(resolution);
        var section = HeadersAndFooters.Create(main, resolution);

        // The body is streamed: the SDK's element tree is kept for the small parts (masthead, formula, section).
        using (var part = main.GetStream(FileMode.Create, FileAccess.Write))
        using (var xml = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("w", "document", WordXml.W);
            xml.WriteAttributeString("xmlns", "w", null, WordXml.W);
            xml.WriteAttributeString("xmlns", "r", null, WordXml.R);
            xml.WriteStartElement("w", "body", WordXml.W);
            foreach (var element in Masthead.Create(resolution, options.Identity))
            {
                element.WriteTo(xml);
            }

            ClauseParagraphs.Formula(resolution, comments.Unplaced).WriteTo(xml);
            foreach (var view in views)
            {
                // A moved paragraph is shown struck at its old place too: its heading stands only at the new one.
                if (view.Depth == 0 && view.Change != ClauseChange.Deleted && resolution.HeadingBefore(view.Id) is { } heading)
                {
                    ClauseParagraphs.Heading(heading).WriteTo(xml);
                }

                var markers = view.Change == ClauseChange.Deleted ? [] : footnotes.WithFootnotes(view.Id, comments.For(view.Id));
                marks.For(view.Id);
                ClauseXml.Write(xml, view, markers, marks);
            }

            foreach (var line in AdoptedText.SignOff(resolution))
            {
                ClauseParagraphs.Styled(UnLayout.SignOffStyle, line).WriteTo(xml);
            }

            section.WriteTo(xml);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        CommentParts.AddTo(main, comments.Comments);
        footnotes.AddTo(main);
        var title = resolution.Symbol ?? $"Draft {resolution.Organ.Name} resolution";
        document.PackageProperties.Title = options.Identity is { } identity ? $"{title}, {string.Join(", ", identity.MastheadLines)}" : title;
        document.PackageProperties.Creator = "Drafting";
        options.Origin?.WriteTo(document);
    }
}
