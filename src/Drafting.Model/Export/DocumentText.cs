using System.Globalization;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>The texts every writer puts around the clauses: sponsor line, masthead date, symbol parts, footnote numbers.</summary>
internal static class DocumentText
{
    /// <summary>"A, B and C" of the active sponsors; null when there are none.</summary>
    public static string? SponsorNames(Resolution resolution)
    {
        var names = resolution.Sponsors.Where(s => s.IsActive).Select(s => s.Name).ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => $"{string.Join(", ", names[..^1])} and {names[^1]}",
        };
    }

    /// <summary>"A, B and C: draft resolution"; null when there are no active sponsors.</summary>
    public static string? SponsorLine(Resolution resolution) =>
        SponsorNames(resolution) is { } names ? $"{names}: draft resolution" : null;

    /// <summary>"30 March 2020", as the masthead writes dates.</summary>
    public static string? Date(Resolution resolution) =>
        resolution.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The session and agenda item lines of the masthead: "Seventy-ninth session", "Agenda item 71 (b) Promotion …"; none when the draft has neither.</summary>
    public static IEnumerable<string> SessionLines(Resolution resolution)
    {
        if (resolution.Session is { } session)
        {
            yield return session;
        }

        if (resolution.AgendaItems.Length == 1)
        {
            yield return $"Agenda item {resolution.AgendaItems[0]}";
        }
        else if (resolution.AgendaItems.Length > 1)
        {
            yield return "Agenda items";
            foreach (var item in resolution.AgendaItems)
            {
                yield return item;
            }
        }
    }

    /// <summary>"S/2020/123" → ("S/", "2020/123"): the masthead sets the first element large.</summary>
    public static (string First, string Remainder) SplitSymbol(string symbol)
    {
        var slash = symbol.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (symbol, "") : (symbol[..(slash + 1)], symbol[(slash + 1)..]);
    }

    /// <summary>Each clause's notes with their numbers, counted from 1 in document order, as every printed form numbers them.</summary>
    public static Dictionary<ClauseId, List<(Note Note, int Number)>> NumberedNotes(Resolution resolution)
    {
        var number = 0;
        return resolution.AllClauses.Where(c => !c.Notes.IsEmpty)
            .ToDictionary(c => c.Id, c => c.Notes.Select(n => (n, ++number)).ToList());
    }
}
