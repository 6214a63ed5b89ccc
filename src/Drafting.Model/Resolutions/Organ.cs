namespace Drafting.Model.Resolutions;

/// <summary>The body a resolution is drafted for: the Security Council, the General Assembly or one of their committees.</summary>
public sealed record Organ
{
    /// <summary>The Security Council.</summary>
    public static readonly Organ SecurityCouncil = new("Security Council");

    /// <summary>The General Assembly.</summary>
    public static readonly Organ GeneralAssembly = new("General Assembly");

    /// <summary>Creates an organ from its name as documents write it.</summary>
    /// <exception cref="ArgumentException">The name is blank or longer than 200 characters.</exception>
    public Organ(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        OneLine.Require(name, nameof(name));
        name = name.Trim();
        if (name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        if (name.Length > 200)
        {
            throw new ArgumentException("An organ's name has at most 200 characters.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The name, e.g. "Security Council" or "Third Committee".</summary>
    public string Name { get; }

    /// <summary>Whether this is the Security Council, whose drafts end by remaining seized of the matter.</summary>
    public bool IsSecurityCouncil => Name.Equals("Security Council", StringComparison.OrdinalIgnoreCase);

    /// <summary>The formula that opens its resolutions, e.g. "The Security Council,".</summary>
    public string DefaultFormula => $"The {Name},";

    /// <inheritdoc />
    public override string ToString() => Name;
}
