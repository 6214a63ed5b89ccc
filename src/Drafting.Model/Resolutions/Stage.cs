namespace Drafting.Model.Resolutions;

/// <summary>Where a draft stands in its life.</summary>
public enum Stage
{
    /// <summary>Being negotiated: zero draft, Rev.1, Rev.2 ….</summary>
    Draft,

    /// <summary>Put in blue: the text is final and awaits the vote.</summary>
    InBlue,

    /// <summary>Adopted by the organ.</summary>
    Adopted,

    /// <summary>Put to the vote and not adopted.</summary>
    NotAdopted,

    /// <summary>Withdrawn by its sponsors.</summary>
    Withdrawn,
}
