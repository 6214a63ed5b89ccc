using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Reads a .docx with the OpenXml SDK into <see cref="WordDocumentText"/>: the body's paragraphs in order (those in
/// table cells and content controls too), each as the importer's Markdown with Word's computed numbering typed out,
/// headings as "### …", footnotes as "[^n]" with their texts at the end. Headers, footers, pictures, text boxes and
/// field codes are not read; macros are never run.
/// </summary>
public static class WordDocumentReader
{
    /// <summary>Reads <paramref name="file"/>; a problem when it is not a readable Word document.</summary>
    public static (WordDocumentText? Text, WordFileProblem? Problem) Read(byte[] file, TrackedChangeHandling handling = TrackedChangeHandling.Accept)
    {
        ArgumentNullException.ThrowIfNull(file);
        if ((WordPackageCheck.Check(file) ?? WordPackageCheck.CheckDirectory(file) ?? WordNestingCheck.Check(file)) is { } problem)
        {
            return (null, problem);
        }

        try
        {
            using var stream = new MemoryStream(file, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = WordPackageCheck.MaxPartCharacters, AutoSave = false });
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                return (null, new WordFileProblem(WordFileProblemKind.NoDocumentPart, "no-document-part",
                    "The package has no Word document body. Upload a .docx saved by Word, LibreOffice or pandoc."));
            }

            return (ReadBody(document, document.MainDocumentPart, body, handling), null);
        }
        catch (System.Xml.XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return (null, new WordFileProblem(WordFileProblemKind.TooLarge, "unpacked-too-large", string.Create(CultureInfo.InvariantCulture,
                $"A part of the package unpacks to more than {WordPackageCheck.MaxPartCharacters:N0} characters; it is not read.")));
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or IOException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, new WordFileProblem(WordFileProblemKind.Corrupt, "corrupt",
                $"The Word package cannot be read ({e.GetType().Name}: {e.Message}). Open it in Word or LibreOffice, save it again as .docx and upload that."));
        }
    }

    private static WordDocumentText ReadBody(WordprocessingDocument document, MainDocumentPart main, Body body, TrackedChangeHandling handling)
    {
        var styles = new WordStyles(main);
        var numbering = new WordNumbering(main, styles);
        var footnotes = Footnotes(main, styles);
        var used = new List<(int Number, string Text)>();
        var numberOf = new Dictionary<long, int>();
        int? FootnoteNumber(long id)
        {
            if (numberOf.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!footnotes.TryGetValue(id, out var text))
            {
                return null;
            }

            numberOf[id] = used.Count + 1;
            used.Add((used.Count + 1, text));
            return used.Count;
        }

        var tally = new TrackedChangeTally();
        var comments = WordComments.Following();
        var markdown = new StringBuilder();
        var lineParagraph = new List<int> { 0 };
        var paragraphs = new List<WordParagraph>();
        var number = 0;
        string? pending = null;
        var pendingPlain = "";
        var agendaItemsFollow = false;

        void Line(string text, int paragraph)
        {
            markdown.Append(text).Append('\n');
            lineParagraph.Add(paragraph);
        }

        var all = Paragraphs(body).ToList();
        var nextWithText = NextWithText(all);
        for (var index = 0; index < all.Count; index++)
        {
            var paragraph = all[index];
            comments.Paragraph = ++number;
            var text = ParagraphText.Read(paragraph, styles, handling, tally, FootnoteNumber, comments);
            comments.Break();
            var own = text.Markdown();
            var plain = text.Plain;
            if (text.MarkRemoved)
            {
                // The paragraph mark is gone: what is left of this paragraph runs on into the next one.
                pending = (pending ?? "") + own;
                pendingPlain += plain;
                continue;
            }

            own = (pending ?? "") + own;
            plain = pendingPlain + plain;
            pending = null;
            pendingPlain = "";
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            if (WordStyles.IsIdentity(styleId))
            {
                // What the file is ("Rev.1", "In blue") describes the export, not the draft: a returned copy proposes nothing from it.
                Line("", number);
                continue;
            }

            if (WordStyles.IsSession(styleId) && plain.Trim() is { Length: > 0 } masthead)
            {
                // Read back as the fields the Markdown export writes, so session and agenda items round-trip.
                agendaItemsFollow |= masthead == "Agenda items";
                Line(masthead == "Agenda items" ? ""
                    : masthead.StartsWith("Agenda item ", StringComparison.Ordinal) ? "**Agenda items:** " + Export.MarkdownWriter.Escape(masthead["Agenda item ".Length..])
                    : agendaItemsFollow ? "**Agenda items:** " + Export.MarkdownWriter.Escape(masthead)
                    : "**Session:** " + Export.MarkdownWriter.Escape(masthead), number);
                continue;
            }

            var label = plain.Trim().Length > 0 || KeepsEmptyNumber(all, index, nextWithText[index], numbering) ? numbering.Next(properties) : null;
            paragraphs.Add(new WordParagraph(number, label, plain.Trim(), [.. text.ChangeAuthors], text.MarkTracked));
            if (own.Trim().Length == 0)
            {
                if (label is not null)
                {
                    // Word prints the number of an empty paragraph; the text importer gives it the text that follows.
                    Line(label, number);
                }

                Line("", number);
                continue;
            }

            var lines = own.Split('\n');
            var first = lines[0].TrimStart();
            if (label is not null)
            {
                first = label + " " + first;
            }
            else if (WordStyles.IsTitle(styleId))
            {
                first = "**Title:** " + first;
            }
            else if (styles.IsHeading(styleId))
            {
                first = "### " + string.Join(' ', lines.Select(l => l.Trim()));
                lines = [first];
            }

            Line(first, number);
            foreach (var more in lines.Skip(1))
            {
                Line(more, number);
            }

            Line("", number);
        }

        foreach (var (footnote, text) in used)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"[^{footnote}]: ") + Export.MarkdownWriter.Escape(text), 0);
            Line("", 0);
        }

        var hasMacros = document.DocumentType == WordprocessingDocumentType.MacroEnabledDocument || main.VbaProjectPart is not null;
        return new WordDocumentText(markdown.ToString(), [.. lineParagraph], paragraphs, comments.Collect(main, styles),
            tally.Count, tally.Authors, hasMacros, WordOrigin.ReadFrom(document));
    }

    /// <summary>
    /// Whether an empty numbered paragraph keeps its number: Word prints it, and the text it numbers follows in the next
    /// paragraph, unnumbered or of another list ("5." above "(a) *Decides* …", S/RES/1343 (2001); "(e)" above "To help …",
    /// S/RES/1528 (2004)). An empty item followed by the next item of its own list, or by nothing, is a stray one.
    /// </summary>
    private static bool KeepsEmptyNumber(List<Paragraph> all, int index, int next, WordNumbering numbering) =>
        next < all.Count
        && numbering.ListOf(all[index].ParagraphProperties) is { NumId: not null and not 0 } own
        && numbering.ListOf(all[next].ParagraphProperties) != own;

    /// <summary>For each paragraph, the index of the next one with text (the count when none): one pass from the end, so a run of empty paragraphs costs no more than its length.</summary>
    private static int[] NextWithText(List<Paragraph> all)
    {
        var next = new int[all.Count];
        var following = all.Count;
        for (var i = all.Count - 1; i >= 0; i--)
        {
            next[i] = following;
            if (all[i].InnerText.AsSpan().Trim().Length > 0)
            {
                following = i;
            }
        }

        return next;
    }

    /// <summary>The body's paragraphs in reading order, descending into tables, content controls and custom XML.</summary>
    private static IEnumerable<Paragraph> Paragraphs(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    yield return paragraph;
                    break;
                case SectionProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        foreach (var inner in Paragraphs(child))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>Footnote texts by their Word id (separators left out).</summary>
    private static Dictionary<long, string> Footnotes(MainDocumentPart main, WordStyles styles)
    {
        var result = new Dictionary<long, string>();
        foreach (var footnote in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            if (footnote.Id?.Value is { } id && (footnote.Type is null || footnote.Type.Value == FootnoteEndnoteValues.Normal))
            {
                result[id] = ParagraphText.PlainOf(footnote, styles);
            }
        }

        return result;
    }
}
