using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// The first-page masthead: a borderless table with "United Nations" and the symbol over a thin rule, then the
/// emblem area, the organ name and the distribution block over a thick rule; then the sponsor line and title.
/// </summary>
internal static class Masthead
{
    private const int EmblemWidth = 850;
    private const int DistributionWidth = 3000;
    private const int OrganWidth = UnLayout.TextWidth - EmblemWidth - DistributionWidth;

    public static IEnumerable<OpenXmlElement> Create(Resolution resolution, DocumentIdentity? identity = null)
    {
        yield return Table(resolution);
        foreach (var line in DocumentText.SessionLines(resolution))
        {
            yield return ClauseParagraphs.Styled(UnLayout.SessionStyle, line);
        }

        // What the file is, under the masthead where a reader looks first: "Rev.1", "Compilation of proposals as of …", "In blue".
        foreach (var line in AdoptedText.Applies(resolution) ? [] : identity?.MastheadLines ?? [])
        {
            yield return ClauseParagraphs.Styled(UnLayout.IdentityStyle, line);
        }

        if (AdoptedText.Applies(resolution))
        {
            // An adopted text carries its number and adoption line where a draft has its sponsor line.
            var (number, adoption, adoptedTitle) = AdoptedText.Lines(resolution);
            if (number is not null)
            {
                yield return ClauseParagraphs.Styled(UnLayout.TitleStyle, number);
            }

            yield return ClauseParagraphs.Styled(adoptedTitle is null ? UnLayout.AdoptionStyle : UnLayout.SponsorsStyle, adoption);
            if (adoptedTitle is not null)
            {
                yield return ClauseParagraphs.Styled(UnLayout.TitleStyle, adoptedTitle);
            }

            yield break;
        }

        if (DocumentText.SponsorLine(resolution) is { } sponsors)
        {
            yield return ClauseParagraphs.Styled(UnLayout.SponsorsStyle, sponsors);
        }
        else
        {
            // Keeps the formula clear of the rule when no sponsor line stands between them.
            yield return ClauseParagraphs.Styled(UnLayout.SponsorsStyle);
        }

        if (resolution.Title is { } title)
        {
            yield return ClauseParagraphs.Styled(UnLayout.TitleStyle, title);
        }
    }

    private static Table Table(Resolution resolution)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = UnLayout.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = W(EmblemWidth) }, new GridColumn { Width = W(OrganWidth) }, new GridColumn { Width = W(DistributionWidth) }));

        var symbol = Cell(DistributionWidth, 1, 6, TableVerticalAlignmentValues.Bottom, SymbolParagraph(resolution.Symbol));
        table.Append(new TableRow(
            Cell(EmblemWidth + OrganWidth, 2, 6, TableVerticalAlignmentValues.Bottom, ClauseParagraphs.Styled(UnLayout.UnitedNationsStyle, "United Nations")),
            symbol));

        var distribution = new List<Paragraph> { ClauseParagraphs.Styled(UnLayout.DistributionStyle, "Distr.: General") };
        if (DocumentText.Date(resolution) is { } date)
        {
            distribution.Add(ClauseParagraphs.Styled(UnLayout.DistributionStyle, date));
        }

        distribution.Add(ClauseParagraphs.Styled(UnLayout.DistributionStyle));
        distribution.Add(ClauseParagraphs.Styled(UnLayout.DistributionStyle, "Original: English"));
        table.Append(new TableRow(
            new TableRowProperties(new TableRowHeight { Val = 1300, HeightType = HeightRuleValues.AtLeast }),
            Cell(EmblemWidth, 1, 24, TableVerticalAlignmentValues.Center, ClauseParagraphs.Styled(UnLayout.MastheadStyle)),
            Cell(OrganWidth, 1, 24, TableVerticalAlignmentValues.Center, ClauseParagraphs.Styled(UnLayout.OrganStyle, resolution.Organ.Name)),
            Cell(DistributionWidth, 1, 24, TableVerticalAlignmentValues.Center, [.. distribution])));
        return table;
    }

    /// <summary>"S/" in 20 pt, "2020/123" in 10 pt; an empty paragraph before the Secretariat assigns a symbol.</summary>
    private static Paragraph SymbolParagraph(string? symbol)
    {
        var paragraph = ClauseParagraphs.Styled(UnLayout.SymbolStyle);
        if (symbol is null)
        {
            return paragraph;
        }

        var (first, rest) = DocumentText.SplitSymbol(symbol);
        paragraph.AppendChild(new Run(
            new RunProperties { RunStyle = new RunStyle { Val = UnLayout.SymbolPrefixStyle } },
            new Text(XmlChars.Clean(first)) { Space = SpaceProcessingModeValues.Preserve }));
        if (rest.Length > 0)
        {
            paragraph.AppendChild(ClauseRuns.TextRun(rest));
        }

        return paragraph;
    }

    /// <summary>A cell with a rule of <paramref name="ruleEighths"/> eighths of a point under it.</summary>
    private static TableCell Cell(int width, int span, uint ruleEighths, TableVerticalAlignmentValues align, params Paragraph[] paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = W(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        properties.Append(
            new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = ruleEighths, Space = 0, Color = "auto" }),
            new TableCellVerticalAlignment { Val = align });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static string W(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
