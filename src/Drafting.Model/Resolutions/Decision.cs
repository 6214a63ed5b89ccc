namespace Drafting.Model.Resolutions;

/// <summary>A rule's answer on the state it was shown: what to store, or a refusal that stores nothing.</summary>
/// <typeparam name="TWrite">What is written.</typeparam>
/// <param name="Write">The write; null when refused.</param>
/// <param name="Refusal">Why nothing is written; null when written.</param>
public readonly record struct Decision<TWrite>(TWrite? Write, Refusal? Refusal)
    where TWrite : class
{
    /// <summary>A decision to store <paramref name="write"/>.</summary>
    public static implicit operator Decision<TWrite>(TWrite write) => new(write, null);

    /// <summary>A decision to refuse.</summary>
    public static implicit operator Decision<TWrite>(Refusal refusal) => new(null, refusal);
}
