using DocumentFormat.OpenXml.Wordprocessing;
using static Drafting.Model.Export.Docx.UnLayout;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// The styles part: Times New Roman 10 pt on 12 pt exact lines, 6 pt after, justified, and one named style per
/// kind of paragraph, so a secretary restyles "UN Operative" once instead of every paragraph.
/// </summary>
internal static class UnStyles
{
    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Typeface, HighAnsi = Typeface, ComplexScript = Typeface, EastAsia = Typeface },
                    new FontSize { Val = Half(BodySize) },
                    new FontSizeComplexScript { Val = Half(BodySize) },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = JustificationValues.Both }))));

        styles.Append(
            Paragraph(NormalStyle, "Normal", basedOn: null, isDefault: true),
            Paragraph(PreambularStyle, "UN Preambular", paragraph: new StyleParagraphProperties { Indentation = new Indentation { FirstLine = Twips(Step) } }),
            Paragraph(OperativeStyle, "UN Operative", paragraph: Hanging(2 * Step)),
            Paragraph(SubParagraphStyle(1), "UN Subparagraph 1", paragraph: Hanging(SubParagraphLeft(1))),
            Paragraph(SubParagraphStyle(2), "UN Subparagraph 2", paragraph: Hanging(SubParagraphLeft(2))),
            Paragraph(SubParagraphStyle(3), "UN Subparagraph 3", paragraph: Hanging(SubParagraphLeft(3))),
            Paragraph(SubParagraphStyle(4), "UN Subparagraph 4", paragraph: Hanging(SubParagraphLeft(4))),
            Paragraph(HeadingStyle, "UN Heading",
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "120" },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
            Paragraph(FormulaStyle, "UN Formula", paragraph: new StyleParagraphProperties { Indentation = new Indentation { FirstLine = Twips(Step) } }),
            Paragraph(SponsorsStyle, "UN Sponsors",
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                run: new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = "24" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "24" } }),
            Paragraph(TitleStyle, "UN Title",
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                run: new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = "24" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "24" } }),
            Paragraph(AdoptionStyle, "UN Adoption",
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "240" },
                    Justification = new Justification { Val = JustificationValues.Left },
                }),
            Paragraph(SignOffStyle, "UN Sign-off",
                paragraph: new StyleParagraphProperties
                {
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "0" },
                    // The space stands above the meeting only: none between the meeting and its date.
                    ContextualSpacing = new ContextualSpacing(),
                    Indentation = new Indentation { Left = Twips(TextWidth / 2) },
                    Justification = new Justification { Val = JustificationValues.Left },
                }),
            Paragraph(MastheadStyle, "UN Masthead",
                paragraph: new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    Justification = new Justification { Val = JustificationValues.Left },
                }),
            Paragraph(UnitedNationsStyle, "UN Masthead United Nations", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "40" } },
                run: Size(28)),
            Paragraph(OrganStyle, "UN Masthead Organ", basedOn: MastheadStyle, run: new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = "40" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "40" } }),
            Paragraph(SymbolStyle, "UN Masthead Symbol", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40" }, Justification = new Justification { Val = JustificationValues.Right } }),
            Paragraph(DistributionStyle, "UN Masthead Distribution", basedOn: MastheadStyle),
            Paragraph(SessionStyle, "UN Masthead Session", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" } }),
            Paragraph(IdentityStyle, "UN Masthead Identity", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" } },
                run: new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
            Paragraph(HeaderStyle, "UN Header", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders { BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "auto" } },
                },
                run: new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = "18" }, FontSizeComplexScript = new FontSizeComplexScript { Val = "18" } }),
            Paragraph(FooterStyle, "UN Footer", basedOn: MastheadStyle,
                paragraph: new StyleParagraphProperties { Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }) },
                run: Size(18)),
            Paragraph(CommentTextStyle, "UN Comment Text", basedOn: MastheadStyle),
            Character(OpeningStyle, "UN Opening", new StyleRunProperties { Italic = new Italic(), ItalicComplexScript = new ItalicComplexScript() }),
            Character(SymbolPrefixStyle, "UN Symbol Prefix", Size(40)));
        return styles;
    }

    /// <summary>A hanging paragraph whose text starts at <paramref name="left"/> twips and whose label sits one step before it, then a tab.</summary>
    private static StyleParagraphProperties Hanging(int left) => new()
    {
        Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = left }),
        Indentation = new Indentation { Left = Twips(left), Hanging = Twips(Step) },
    };

    private static Style Paragraph(string id, string name, string? basedOn = NormalStyle, bool isDefault = false, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
        };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.CustomStyle = true;
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        if (paragraph is not null)
        {
            style.StyleParagraphProperties = paragraph;
        }

        if (run is not null)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run) => new()
    {
        Type = StyleValues.Character,
        StyleId = id,
        CustomStyle = true,
        StyleName = new StyleName { Val = name },
        PrimaryStyle = new PrimaryStyle(),
        StyleRunProperties = run,
    };

    private static StyleRunProperties Size(int halfPoints) =>
        new() { FontSize = new FontSize { Val = Half(halfPoints) }, FontSizeComplexScript = new FontSizeComplexScript { Val = Half(halfPoints) } };

    private static string Half(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
