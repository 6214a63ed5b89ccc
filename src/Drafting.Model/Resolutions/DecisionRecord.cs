namespace Drafting.Model.Resolutions;

/// <summary>
/// When and where the organ decided on a draft (adopted it, or put it to the vote and did not adopt it): the meeting as
/// the records name it ("8267th meeting", "48th plenary meeting"), the date, and the vote when there was one (none for
/// a text adopted without a vote). Immutable.
/// </summary>
public sealed record DecisionRecord
{
    /// <summary>The longest meeting name accepted, in characters.</summary>
    public const int MaxMeetingLength = 100;

    /// <summary>The earliest decision date accepted: the year the United Nations was founded.</summary>
    public static readonly DateOnly EarliestDate = new(1945, 1, 1);

    /// <summary>How far past today a decision date may be, in years: a record is entered at or after the meeting, give or take time zones and typing slips caught by this bound.</summary>
    public const int MaxYearsAhead = 1;

    /// <summary>Creates a record.</summary>
    /// <param name="meeting">The meeting, e.g. "8267th meeting" or "48th plenary meeting"; null when not known.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="vote">The vote, or null for a decision taken without a vote.</param>
    /// <exception cref="ArgumentException">The meeting is blank, too long or not one line.</exception>
    public DecisionRecord(string? meeting, DateOnly date, Vote? vote = null)
    {
        if (meeting is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(meeting);
            OneLine.Require(meeting, nameof(meeting));
            meeting = meeting.Trim();
            if (meeting.Length > MaxMeetingLength)
            {
                throw new ArgumentException($"A meeting's name has at most {MaxMeetingLength} characters.", nameof(meeting));
            }
        }

        Meeting = meeting;
        Date = date;
        Vote = vote;
    }

    /// <summary>The meeting, e.g. "8267th meeting"; null when not known.</summary>
    public string? Meeting { get; }

    /// <summary>The date of the decision.</summary>
    public DateOnly Date { get; }

    /// <summary>The vote, or null when the text was decided without a vote.</summary>
    public Vote? Vote { get; }
}
