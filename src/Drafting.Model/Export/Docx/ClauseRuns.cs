using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Export.Docx;

/// <summary>Text runs for the parts written through the SDK's element tree (masthead, formula, header, footer, comments).</summary>
internal static class ClauseRuns
{
    /// <summary>A run of text, italic through the "UN Opening" character style; deleted text goes in <c>w:delText</c>.</summary>
    public static Run TextRun(string text, bool italic = false, bool deleted = false)
    {
        var run = new Run();
        if (italic)
        {
            run.RunProperties = new RunProperties { RunStyle = new RunStyle { Val = UnLayout.OpeningStyle } };
        }

        text = XmlChars.Clean(text);
        run.AppendChild<OpenXmlElement>(deleted
            ? new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }
            : new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
