using System.Collections.Immutable;

namespace Drafting.Model.Negotiation;

/// <summary>Where a silence procedure stands.</summary>
public enum SilenceStatus
{
    /// <summary>Under silence until the deadline: the text and proposals are frozen.</summary>
    Running,

    /// <summary>A delegation broke silence before the deadline: back to negotiation.</summary>
    Broken,

    /// <summary>Unbroken at the deadline: the text is agreed and may be put in blue.</summary>
    Passed,

    /// <summary>Taken back by the pen-holder before the deadline.</summary>
    Withdrawn,

    /// <summary>Still running when the draft reached a final stage (adopted, not adopted, withdrawn): ended with it.</summary>
    Ended,
}

/// <summary>A delegation's break of silence.</summary>
/// <param name="Organization">The delegation.</param>
/// <param name="Statement">What it said.</param>
/// <param name="At">When (UTC).</param>
public sealed record SilenceBreak(string Organization, string Statement, DateTimeOffset At);

/// <summary>
/// A published revision put under silence until a deadline. The deadline is data, not a timer: whether the
/// silence still runs or has passed is decided from it on every read, on every node, after any restart.
/// </summary>
public sealed class Silence
{
    /// <summary>A silence on <paramref name="revision"/> until <paramref name="until"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The revision number is negative.</exception>
    public Silence(Guid id, int revision, DateTimeOffset until, SilenceStatus stored, IEnumerable<SilenceBreak>? breaks = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        Id = id;
        Revision = revision;
        Until = until.ToUniversalTime();
        Stored = stored;
        Breaks = [.. breaks ?? []];
    }

    /// <summary>The longest statement breaking silence, in characters.</summary>
    public const int MaxStatementLength = 4_000;

    /// <summary>The silence's id.</summary>
    public Guid Id { get; }

    /// <summary>The published revision under silence.</summary>
    public int Revision { get; }

    /// <summary>The deadline (UTC).</summary>
    public DateTimeOffset Until { get; }

    /// <summary>The status as last written: running, broken or withdrawn (passed once announced).</summary>
    public SilenceStatus Stored { get; }

    /// <summary>The breaks of silence, in order.</summary>
    public ImmutableArray<SilenceBreak> Breaks { get; }

    /// <summary>The status at <paramref name="now"/>: a running silence whose deadline has come has passed, announced or not.</summary>
    public SilenceStatus StatusAt(DateTimeOffset now) =>
        Stored == SilenceStatus.Running && now >= Until ? SilenceStatus.Passed : Stored;

    /// <summary>Whether the text is frozen by this silence at <paramref name="now"/>.</summary>
    public bool FreezesAt(DateTimeOffset now) => StatusAt(now) == SilenceStatus.Running;
}
