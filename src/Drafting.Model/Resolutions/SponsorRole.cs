namespace Drafting.Model.Resolutions;

/// <summary>Whether a Member State tabled the draft or joined it as co-sponsor.</summary>
public enum SponsorRole
{
    /// <summary>Listed on the draft as tabled.</summary>
    Main,

    /// <summary>Joined later as co-sponsor.</summary>
    Co,
}
