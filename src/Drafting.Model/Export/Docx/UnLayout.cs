namespace Drafting.Model.Export.Docx;

/// <summary>The measures and style ids of the UN layout (docs/un-layout.md), in Word's units.</summary>
internal static class UnLayout
{
    /// <summary>One indentation step, 0.84 cm, in twips: PP first line, OP number, each sub-paragraph level.</summary>
    public const int Step = 476;

    /// <summary>US Letter width in twips.</summary>
    public const int PageWidth = 12240;

    /// <summary>US Letter height in twips.</summary>
    public const int PageHeight = 15840;

    /// <summary>Each page margin, 2.54 cm, in twips.</summary>
    public const int Margin = 1440;

    /// <summary>The width of the text column in twips (16.5 cm).</summary>
    public const int TextWidth = PageWidth - (2 * Margin);

    /// <summary>Body text size in half-points (10 pt).</summary>
    public const int BodySize = 20;

    /// <summary>The typeface of every UN document.</summary>
    public const string Typeface = "Times New Roman";

    public const string NormalStyle = "Normal";
    public const string PreambularStyle = "UNPreambular";
    public const string OperativeStyle = "UNOperative";
    public const string SponsorsStyle = "UNSponsors";
    public const string TitleStyle = "UNTitle";
    public const string AdoptionStyle = "UNAdoption";
    public const string SignOffStyle = "UNSignOff";
    public const string FormulaStyle = "UNFormula";
    public const string MastheadStyle = "UNMasthead";
    public const string UnitedNationsStyle = "UNUnitedNations";
    public const string OrganStyle = "UNOrgan";
    public const string SymbolStyle = "UNSymbol";
    public const string DistributionStyle = "UNDistribution";
    public const string HeaderStyle = "UNHeader";
    public const string FooterStyle = "UNFooter";
    public const string CommentTextStyle = "UNCommentText";
    public const string OpeningStyle = "UNOpening";
    public const string HeadingStyle = "UNHeading";
    public const string SymbolPrefixStyle = "UNSymbolPrefix";
    public const string SessionStyle = "UNSession";
    public const string IdentityStyle = "UNIdentity";

    /// <summary>The paragraph style of a sub-paragraph at one-based <paramref name="depth"/> (1 to 4).</summary>
    public static string SubParagraphStyle(int depth) => $"UNSubparagraph{Math.Clamp(depth, 1, 4)}";

    /// <summary>The left indent of a sub-paragraph's text at one-based <paramref name="depth"/>: its label sits one step before it.</summary>
    public static int SubParagraphLeft(int depth) => (2 * Step) + (Step * Math.Clamp(depth, 1, 4));
}
