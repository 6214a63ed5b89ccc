namespace Drafting.Model.Resolutions;

/// <summary>The place a clause has in a resolution.</summary>
public enum ClauseKind
{
    /// <summary>A preambular paragraph: opens with an italic phrase and ends with a comma.</summary>
    Preambular,

    /// <summary>A numbered operative paragraph: opens with an italic verb and ends with a semicolon.</summary>
    Operative,

    /// <summary>A sub-paragraph of an operative paragraph or of another sub-paragraph.</summary>
    SubParagraph,
}
