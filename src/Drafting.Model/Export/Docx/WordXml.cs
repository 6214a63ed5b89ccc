using System.Xml;

namespace Drafting.Model.Export.Docx;

/// <summary>The WordprocessingML names the streaming writers use, and the small pieces they write again and again.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes <c>&lt;w:name w:val="value"/&gt;</c>.</summary>
    public static void Value(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    /// <summary>Writes an empty <c>&lt;w:name/&gt;</c>.</summary>
    public static void Empty(XmlWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    /// <summary>Writes a run of text, italic through the opening character style; deleted text goes in <c>w:delText</c>.</summary>
    public static void TextRun(XmlWriter xml, string text, bool italic, bool deleted, bool tab = false)
    {
        xml.WriteStartElement("w", "r", W);
        if (italic)
        {
            xml.WriteStartElement("w", "rPr", W);
            Value(xml, "rStyle", UnLayout.OpeningStyle);
            xml.WriteEndElement();
        }

        if (text.Length > 0)
        {
            xml.WriteStartElement("w", deleted ? "delText" : "t", W);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(XmlChars.Clean(text));
            xml.WriteEndElement();
        }

        if (tab)
        {
            Empty(xml, "tab");
        }

        xml.WriteEndElement();
    }
}
