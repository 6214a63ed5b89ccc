namespace Drafting.Model.Resolutions;

/// <summary>
/// A change to what a draft is called: each of title, symbol, session and agenda items is either left as it is (null)
/// or set; an empty value clears it. The symbol must have a UN form (<see cref="UnSymbol"/>); every value is one line.
/// </summary>
/// <param name="Title">The new title; "" clears it.</param>
/// <param name="Symbol">The new symbol ("S/2026/118"); "" clears it.</param>
/// <param name="Session">The new session ("Seventy-ninth session"); "" clears it.</param>
/// <param name="AgendaItems">The new agenda items, each one line ("71 (b) Promotion and protection of human rights"); empty clears them.</param>
public sealed record DraftNaming(string? Title = null, string? Symbol = null, string? Session = null, IReadOnlyList<string>? AgendaItems = null)
{
    /// <summary>The longest title, in characters.</summary>
    public const int MaxTitle = 1000;

    /// <summary>The longest symbol, in characters.</summary>
    public const int MaxSymbol = 100;

    /// <summary>The longest session, in characters.</summary>
    public const int MaxSession = 200;

    /// <summary>The longest agenda item, in characters.</summary>
    public const int MaxAgendaItem = 500;

    /// <summary>The most agenda items a draft lists.</summary>
    public const int MaxAgendaItems = 20;

    /// <summary>Whether the change sets nothing at all.</summary>
    public bool IsEmpty => Title is null && Symbol is null && Session is null && AgendaItems is null;

    /// <summary>
    /// <paramref name="current"/> under the new names, one version later; or a refusal naming the first field that is
    /// wrong (<c>title</c>, <c>symbol</c>, <c>session</c>, <c>agendaItems[2]</c>) and why, or saying that nothing changes.
    /// </summary>
    public Decision<Resolution> ApplyTo(Resolution current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (IsEmpty)
        {
            return Refusal.Invalid("Name at least one of title, symbol, session or agendaItems.");
        }

        if (Problem() is { } problem)
        {
            return Refusal.Invalid(problem);
        }

        var title = Title is null ? current.Title : Title.Trim();
        var symbol = Symbol is null ? current.Symbol : Symbol.Trim();
        var session = Session is null ? current.Session : Session.Trim();
        var items = AgendaItems is null ? current.AgendaItems.ToList() : [.. AgendaItems.Select(i => i.Trim()).Where(i => i.Length > 0)];
        return current.Named(title, symbol, session, items);
    }

    private string? Problem()
    {
        if (OneLineProblem("title", Title, MaxTitle) is { } title)
        {
            return title;
        }

        if (OneLineProblem("symbol", Symbol, MaxSymbol) is { } symbolProblem)
        {
            return symbolProblem;
        }

        if (Symbol is { } symbol && symbol.Trim().Length > 0 && !UnSymbol.IsValid(symbol))
        {
            return $"symbol: '{symbol.Trim()}' is not a UN document symbol; write it as {UnSymbol.Examples}.";
        }

        if (OneLineProblem("session", Session, MaxSession) is { } session)
        {
            return session;
        }

        if (AgendaItems is { Count: > MaxAgendaItems })
        {
            return $"agendaItems: at most {MaxAgendaItems} agenda items, not {AgendaItems.Count}.";
        }

        for (var i = 0; i < (AgendaItems?.Count ?? 0); i++)
        {
            if (AgendaItems![i] is null)
            {
                return $"agendaItems[{i}]: an agenda item is text, not null.";
            }

            if (OneLineProblem($"agendaItems[{i}]", AgendaItems[i], MaxAgendaItem) is { } item)
            {
                return item;
            }
        }

        return null;
    }

    private static string? OneLineProblem(string field, string? value, int max) =>
        value is null ? null
        : value.Length > max ? $"{field}: at most {max:N0} characters, not {value.Length:N0}."
        : !OneLine.Holds(value) ? $"{field}: one line of text, without line breaks, tabs or control characters."
        : null;
}
