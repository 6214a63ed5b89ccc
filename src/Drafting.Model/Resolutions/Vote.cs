namespace Drafting.Model.Resolutions;

/// <summary>A recorded vote: how many members voted in favour, against and abstained. Immutable.</summary>
public sealed record Vote
{
    /// <summary>The most members an organ has (the General Assembly's 193).</summary>
    public const int MaxMembers = 193;

    /// <summary>Creates a vote.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or together they pass <see cref="MaxMembers"/>.</exception>
    public Vote(int inFavour, int against, int abstaining)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inFavour);
        ArgumentOutOfRangeException.ThrowIfNegative(against);
        ArgumentOutOfRangeException.ThrowIfNegative(abstaining);
        if (inFavour + against + abstaining > MaxMembers)
        {
            throw new ArgumentOutOfRangeException(nameof(inFavour), $"{inFavour} + {against} + {abstaining} votes pass the {MaxMembers} members of the largest organ.");
        }

        InFavour = inFavour;
        Against = against;
        Abstaining = abstaining;
    }

    /// <summary>Members voting in favour.</summary>
    public int InFavour { get; }

    /// <summary>Members voting against.</summary>
    public int Against { get; }

    /// <summary>Members abstaining.</summary>
    public int Abstaining { get; }

    /// <summary>"13 votes to 2, with 0 abstentions" as the official records print it.</summary>
    public override string ToString() =>
        $"{InFavour} {(InFavour == 1 ? "vote" : "votes")} to {Against}, with {Abstaining} {(Abstaining == 1 ? "abstention" : "abstentions")}";
}
