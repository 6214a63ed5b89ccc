using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Revisions;

/// <summary>
/// Reads what a stage change records with adopted or not adopted: the meeting, the date (today in New York unless
/// given, since the organs sit there), the vote and the symbol of the adopted text. Other stages record none of it.
/// </summary>
internal static class DecisionRequest
{
    private const int MaxSymbolLength = 100;

    public static (DecisionRecord? Decided, string? Invalid) Read(ChangeStageRequest request, Stage to, TimeProvider time)
    {
        var recordsSomething = request.Meeting is not null || request.Date is not null || request.Vote is not null || request.Symbol is not null;
        if (to is not (Stage.Adopted or Stage.NotAdopted))
        {
            return (null, recordsSomething ? "meeting, date, vote and symbol are recorded only when the draft becomes adopted or notAdopted." : null);
        }

        if (request.Meeting is { } meeting && (string.IsNullOrWhiteSpace(meeting) || meeting.Length > DecisionRecord.MaxMeetingLength || !OneLine.Holds(meeting)))
        {
            return (null, $"meeting: one line of at most {DecisionRecord.MaxMeetingLength} characters, e.g. \"8267th meeting\" or \"48th plenary meeting\".");
        }

        if (request.Symbol is { } symbol && (string.IsNullOrWhiteSpace(symbol) || symbol.Length > MaxSymbolLength || !OneLine.Holds(symbol)))
        {
            return (null, $"symbol: one line of at most {MaxSymbolLength} characters, e.g. \"S/RES/2417 (2018)\".");
        }

        Vote? vote = null;
        if (request.Vote is { } counts)
        {
            if (counts.InFavour is not { } inFavour || counts.Against is not { } against || counts.Abstaining is not { } abstaining
                || inFavour < 0 || against < 0 || abstaining < 0 || inFavour + against + abstaining > Vote.MaxMembers)
            {
                return (null, $"vote: inFavour, against and abstaining are required, each 0 or more and together at most {Vote.MaxMembers}.");
            }

            vote = new Vote(inFavour, against, abstaining);
        }

        var today = TodayInNewYork(time);
        if (request.Date is { } given && (given < DecisionRecord.EarliestDate || given > today.AddYears(DecisionRecord.MaxYearsAhead)))
        {
            return (null, $"date: between {DecisionRecord.EarliestDate:yyyy-MM-dd} and {today.AddYears(DecisionRecord.MaxYearsAhead):yyyy-MM-dd} (a year from today), e.g. \"{today:yyyy-MM-dd}\"; it was {given:yyyy-MM-dd}.");
        }

        var date = request.Date ?? today;
        return (new DecisionRecord(string.IsNullOrWhiteSpace(request.Meeting) ? null : request.Meeting, date, vote), null);
    }

    private static DateOnly TodayInNewYork(TimeProvider time)
    {
        var now = time.GetUtcNow();
        var newYork = TimeZoneInfo.TryFindSystemTimeZoneById("America/New_York", out var zone) ? TimeZoneInfo.ConvertTime(now, zone) : now;
        return DateOnly.FromDateTime(newYork.DateTime);
    }
}
