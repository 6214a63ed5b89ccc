using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// The section: US Letter, UN margins, a first page of its own (<c>titlePg</c>) with no running header and the job
/// number alone in its footer; later pages with the symbol in the header and "2/13" in the footer.
/// </summary>
internal static class HeadersAndFooters
{
    public static SectionProperties Create(MainDocumentPart main, Resolution resolution)
    {
        var firstHeader = AddHeader(main, ClauseParagraphs.Styled(UnLayout.MastheadStyle));
        var header = AddHeader(main, resolution.Symbol is { } symbol
            ? ClauseParagraphs.Styled(UnLayout.HeaderStyle, symbol)
            : ClauseParagraphs.Styled(UnLayout.HeaderStyle, $"Draft {resolution.Organ.Name} resolution"));

        var firstFooter = AddFooter(main, resolution.Code is { } code
            ? ClauseParagraphs.Styled(UnLayout.FooterStyle, code)
            : ClauseParagraphs.Styled(UnLayout.FooterStyle));

        var pageFooter = ClauseParagraphs.Styled(UnLayout.FooterStyle);
        if (resolution.Code is not null)
        {
            pageFooter.AppendChild(ClauseRuns.TextRun(resolution.Code));
        }

        pageFooter.Append(
            new Run(new TabChar()),
            Field("PAGE", "2"),
            ClauseRuns.TextRun("/"),
            Field("NUMPAGES", "2"));
        var footer = AddFooter(main, pageFooter);

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeader },
            new HeaderReference { Type = HeaderFooterValues.Default, Id = header },
            new FooterReference { Type = HeaderFooterValues.First, Id = firstFooter },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footer },
            new PageSize { Width = UnLayout.PageWidth, Height = UnLayout.PageHeight },
            new PageMargin
            {
                Top = UnLayout.Margin, Bottom = UnLayout.Margin, Left = UnLayout.Margin, Right = UnLayout.Margin,
                Header = 720, Footer = 720, Gutter = 0,
            },
            new TitlePage());
    }

    /// <summary>A simple field (<c>PAGE</c>, <c>NUMPAGES</c>) with a cached result Word and LibreOffice refresh.</summary>
    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new Text(cached))) { Instruction = $" {instruction} " };

    private static string AddHeader(MainDocumentPart main, Paragraph paragraph)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(paragraph);
        return main.GetIdOfPart(part);
    }

    private static string AddFooter(MainDocumentPart main, Paragraph paragraph)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(paragraph);
        return main.GetIdOfPart(part);
    }
}
