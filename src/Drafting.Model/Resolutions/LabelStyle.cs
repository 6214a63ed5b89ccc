namespace Drafting.Model.Resolutions;

/// <summary>How the sub-paragraphs of one list are labelled.</summary>
public enum LabelStyle
{
    /// <summary>(a), (b), … (z), (aa), …</summary>
    LetterInParentheses,

    /// <summary>(i), (ii), (iii), …</summary>
    RomanInParentheses,

    /// <summary>a., b., c., …</summary>
    LetterWithPeriod,

    /// <summary>i., ii., iii., …</summary>
    RomanWithPeriod,

    /// <summary>(1), (2), (3), …</summary>
    NumberInParentheses,

    /// <summary>An en dash, as mandates use at the third level.</summary>
    Tiret,

    /// <summary>A bullet.</summary>
    Bullet,
}
