using System.Xml;

namespace Drafting.Model.Export.Docx;

/// <summary>The WordprocessingML namespaces the streaming writers use, and the run they write again and again.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// Writes a run of text, italic through the opening character style; deleted text goes in <c>w:delText</c>.
    /// The fixed markup goes out raw (the clause body is most of a document); the text itself is escaped by the writer.
    /// </summary>
    public static void TextRun(XmlWriter xml, string text, bool italic, bool deleted, bool tab = false)
    {
        xml.WriteRaw(italic ? ItalicRunStart : "<w:r>");
        if (text.Length > 0)
        {
            xml.WriteRaw(deleted ? "<w:delText xml:space=\"preserve\">" : "<w:t xml:space=\"preserve\">");
            xml.WriteString(XmlChars.Clean(text));
            xml.WriteRaw(deleted ? "</w:delText>" : "</w:t>");
        }

        xml.WriteRaw(tab ? "<w:tab/></w:r>" : "</w:r>");
    }

    private const string ItalicRunStart = "<w:r><w:rPr><w:rStyle w:val=\"" + UnLayout.OpeningStyle + "\"/></w:rPr>";
}
