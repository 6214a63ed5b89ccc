namespace Drafting.Model.Resolutions;

/// <summary>A Member State (or observer State) sponsoring a draft.</summary>
public sealed record Sponsor
{
    /// <summary>Creates a sponsor.</summary>
    /// <exception cref="ArgumentException">The name is blank or longer than 200 characters, or the withdrawal precedes the joining.</exception>
    public Sponsor(string name, SponsorRole role = SponsorRole.Main, DateOnly? joined = null, DateOnly? withdrawn = null, int? joinedRevision = null, int? withdrawnRevision = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OneLine.Require(name, nameof(name));
        name = name.Trim();
        if (name.Length > 200)
        {
            throw new ArgumentException("A sponsor's name has at most 200 characters.", nameof(name));
        }

        if (joined is not null && withdrawn is not null && withdrawn < joined)
        {
            throw new ArgumentException($"{name} cannot withdraw ({withdrawn}) before joining ({joined}).", nameof(withdrawn));
        }

        Name = name;
        Role = role;
        Joined = joined;
        Withdrawn = withdrawn;
        JoinedRevision = joinedRevision;
        WithdrawnRevision = withdrawn is null ? null : withdrawnRevision;
    }

    /// <summary>The State's name as UN documents write it, e.g. "Bosnia and Herzegovina".</summary>
    public string Name { get; }

    /// <summary>Main sponsor or co-sponsor.</summary>
    public SponsorRole Role { get; }

    /// <summary>When the State joined, if known.</summary>
    public DateOnly? Joined { get; }

    /// <summary>When the State withdrew its sponsorship; null while it sponsors.</summary>
    public DateOnly? Withdrawn { get; }

    /// <summary>The revision number the State joined at, if known.</summary>
    public int? JoinedRevision { get; }

    /// <summary>The number of the first revision published without the State, if it withdrew.</summary>
    public int? WithdrawnRevision { get; }

    /// <summary>Whether the State sponsored revision <paramref name="number"/>: it had joined by then and not yet withdrawn.</summary>
    public bool SponsoredRevision(int number) => (JoinedRevision ?? 0) <= number && (WithdrawnRevision is not { } left || left > number);

    /// <summary>Whether the State still sponsors the draft.</summary>
    public bool IsActive => Withdrawn is null;
}
