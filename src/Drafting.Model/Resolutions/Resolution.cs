using System.Collections.Immutable;

namespace Drafting.Model.Resolutions;

/// <summary>
/// A draft resolution: formula, preambular and operative clauses, sponsors and stage.
/// Immutable: every change returns a new resolution one version later.
/// </summary>
public sealed class Resolution
{
    /// <summary>Creates a resolution.</summary>
    /// <exception cref="ArgumentException">The clauses are of the wrong kind or their ids repeat, or a one-line field (formula, symbol, title, code) holds a control character.</exception>
    public Resolution(
        Guid id,
        Organ organ,
        string formula,
        IEnumerable<Clause> preambular,
        IEnumerable<Clause> operative,
        IEnumerable<Sponsor>? sponsors = null,
        string? symbol = null,
        string? title = null,
        string? code = null,
        DateOnly? date = null,
        Stage stage = Stage.Draft,
        int version = 1,
        IEnumerable<Heading>? headings = null,
        DecisionRecord? decided = null,
        string? session = null,
        IEnumerable<string>? agendaItems = null)
    {
        ArgumentNullException.ThrowIfNull(organ);
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        OneLine.Require(formula, nameof(formula));
        OneLine.Require(symbol, nameof(symbol));
        OneLine.Require(title, nameof(title));
        OneLine.Require(code, nameof(code));
        OneLine.Require(session, nameof(session));
        var items = (agendaItems ?? []).Select(item => item?.Trim() ?? "").Where(item => item.Length > 0).ToImmutableArray();
        foreach (var item in items)
        {
            OneLine.Require(item, nameof(agendaItems));
        }
        if (decided is not null && stage is not (Stage.Adopted or Stage.NotAdopted))
        {
            throw new ArgumentException($"Only an adopted or not adopted draft has a decision record; this one is {stage}.", nameof(decided));
        }

        var preamble = preambular.ToImmutableArray();
        var operatives = operative.ToImmutableArray();
        if (preamble.Any(c => c.Kind != ClauseKind.Preambular))
        {
            throw new ArgumentException("The preamble holds preambular paragraphs only.", nameof(preambular));
        }

        if (operatives.Any(c => c.Kind != ClauseKind.Operative))
        {
            throw new ArgumentException("The operative part holds operative paragraphs only.", nameof(operative));
        }

        var ids = new HashSet<ClauseId>();
        foreach (var clause in preamble.Concat(operatives).SelectMany(c => c.DescendantsAndSelf()))
        {
            if (!ids.Add(clause.Id))
            {
                throw new ArgumentException($"Clause id '{clause.Id}' appears twice.", nameof(preambular));
            }
        }

        Headings = OrderedHeadings(headings, preamble, operatives, ids);
        Id = id;
        Organ = organ;
        Formula = formula.Trim();
        Preambular = preamble;
        Operative = operatives;
        Sponsors = sponsors?.ToImmutableArray() ?? [];
        Symbol = Blank(symbol);
        Title = Blank(title);
        Code = Blank(code);
        Date = date;
        Stage = stage;
        Version = version;
        Decided = decided;
        Session = Blank(session);
        AgendaItems = items;
    }

    /// <summary>The resolution's id.</summary>
    public Guid Id { get; }

    /// <summary>The organ it is drafted for.</summary>
    public Organ Organ { get; }

    /// <summary>The opening formula, e.g. "The Security Council,".</summary>
    public string Formula { get; }

    /// <summary>The preambular paragraphs, in order.</summary>
    public ImmutableArray<Clause> Preambular { get; }

    /// <summary>The operative paragraphs, in order; numbered from 1 by position.</summary>
    public ImmutableArray<Clause> Operative { get; }

    /// <summary>The headings of the preamble and the operative part, in the order of the paragraphs they stand before.</summary>
    public ImmutableArray<Heading> Headings { get; }

    /// <summary>The heading standing before the preambular or operative paragraph <paramref name="clauseId"/>, or null.</summary>
    public Heading? HeadingBefore(ClauseId clauseId)
    {
        foreach (var heading in Headings)
        {
            if (heading.BeforeClauseId == clauseId)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>The sponsors in the order of the sponsor line, withdrawn ones included.</summary>
    public ImmutableArray<Sponsor> Sponsors { get; }

    /// <summary>The document symbol, e.g. "S/2020/123", once the Secretariat assigned one.</summary>
    public string? Symbol { get; }

    /// <summary>The title (General Assembly resolutions; Security Council drafts have none).</summary>
    public string? Title { get; }

    /// <summary>A working code such as "Draft Resolution 1/3", when the draft has one.</summary>
    public string? Code { get; }

    /// <summary>The date on the masthead: the distribution date of a draft, the adoption date once decided.</summary>
    public DateOnly? Date { get; }

    /// <summary>The session on the masthead ("Seventy-ninth session"), when the draft has one (General Assembly and its committees).</summary>
    public string? Session { get; }

    /// <summary>The agenda items on the masthead, each one line ("71 (b) Promotion and protection of human rights"), in order.</summary>
    public ImmutableArray<string> AgendaItems { get; }

    /// <summary>The meeting, date and vote at which the organ adopted the draft or did not; null before that.</summary>
    public DecisionRecord? Decided { get; }

    /// <summary>Where the draft stands.</summary>
    public Stage Stage { get; }

    /// <summary>Starts at 1 and is incremented by every change.</summary>
    public int Version { get; }

    /// <summary>Every clause, sub-paragraphs included, in document order.</summary>
    public IEnumerable<Clause> AllClauses => Preambular.Concat(Operative).SelectMany(c => c.DescendantsAndSelf());

    /// <summary>Finds a clause anywhere in the resolution.</summary>
    public ClauseLocation? Find(ClauseId id)
    {
        for (var i = 0; i < Preambular.Length; i++)
        {
            if (Preambular[i].Id == id)
            {
                return new ClauseLocation(Preambular[i], null, ClauseKind.Preambular, i);
            }
        }

        for (var i = 0; i < Operative.Length; i++)
        {
            if (Operative[i].Id == id)
            {
                return new ClauseLocation(Operative[i], null, ClauseKind.Operative, i);
            }

            var inside = FindIn(Operative[i], id);
            if (inside is not null)
            {
                return inside;
            }
        }

        return null;
    }

    /// <summary>This resolution with the text of one clause replaced.</summary>
    /// <exception cref="KeyNotFoundException">No clause has that id.</exception>
    public Resolution WithClauseText(ClauseId id, string text, string? opening)
    {
        var location = Find(id) ?? throw new KeyNotFoundException($"No clause '{id}' in this resolution.");
        var changed = location.Clause.WithText(text, opening);
        return ReplaceList(location.ParentId, location.Kind, list => list.SetItem(location.Index, changed));
    }

    /// <summary>This resolution with <paramref name="clause"/> inserted at <paramref name="position"/> (clamped) of its list.</summary>
    /// <param name="clause">The new clause; its kind chooses the list unless <paramref name="parentId"/> is given.</param>
    /// <param name="parentId">For a sub-paragraph, the clause it belongs to.</param>
    /// <param name="position">Zero-based place in the list; past the end appends.</param>
    /// <exception cref="KeyNotFoundException">The parent does not exist.</exception>
    /// <exception cref="ArgumentException">The kinds do not fit together.</exception>
    public Resolution InsertClause(Clause clause, ClauseId? parentId, int position)
    {
        if (Find(clause.Id) is not null)
        {
            throw new ArgumentException($"Clause id '{clause.Id}' is already used.", nameof(clause));
        }

        if ((clause.Kind == ClauseKind.SubParagraph) != parentId.HasValue)
        {
            throw new ArgumentException("Sub-paragraphs, and only they, are inserted under a parent clause.", nameof(parentId));
        }

        if (parentId is { } parent)
        {
            var host = Find(parent) ?? throw new KeyNotFoundException($"No clause '{parent}' in this resolution.");
            if (host.Clause.Kind == ClauseKind.Preambular)
            {
                throw new ArgumentException("Preambular paragraphs have no sub-paragraphs.", nameof(parentId));
            }

            if (host.Depth >= MaxDepth)
            {
                throw new ArgumentException($"Sub-paragraphs nest at most {MaxDepth} levels deep.", nameof(parentId));
            }
        }

        return ReplaceList(parentId, clause.Kind, list => list.Insert(Math.Clamp(position, 0, list.Length), clause));
    }

    /// <summary>The deepest level of sub-paragraphs (an operative paragraph is level 0).</summary>
    public const int MaxDepth = 4;

    /// <summary>This resolution without the clause (and its sub-paragraphs).</summary>
    /// <exception cref="KeyNotFoundException">No clause has that id.</exception>
    public Resolution RemoveClause(ClauseId id)
    {
        var location = Find(id) ?? throw new KeyNotFoundException($"No clause '{id}' in this resolution.");
        return ReplaceList(location.ParentId, location.Kind, list => list.RemoveAt(location.Index));
    }

    /// <summary>This resolution with the clause moved to <paramref name="position"/> (clamped) within its own list.</summary>
    /// <exception cref="KeyNotFoundException">No clause has that id.</exception>
    public Resolution MoveClause(ClauseId id, int position)
    {
        var location = Find(id) ?? throw new KeyNotFoundException($"No clause '{id}' in this resolution.");
        return ReplaceList(location.ParentId, location.Kind, list =>
        {
            var without = list.RemoveAt(location.Index);
            return without.Insert(Math.Clamp(position, 0, without.Length), location.Clause);
        });
    }

    /// <summary>This resolution with another sponsor list.</summary>
    public Resolution WithSponsors(IEnumerable<Sponsor> sponsors) =>
        new(Id, Organ, Formula, Preambular, Operative, sponsors, Symbol, Title, Code, Date, Stage, Version + 1, Headings, Decided, Session, AgendaItems);

    /// <summary>This resolution at another stage of its life (a decision record goes only with adopted or not adopted).</summary>
    public Resolution WithStage(Stage stage) =>
        new(Id, Organ, Formula, Preambular, Operative, Sponsors, Symbol, Title, Code, Date, stage, Version + 1, Headings,
            stage is Stage.Adopted or Stage.NotAdopted ? Decided : null, Session, AgendaItems);

    /// <summary>
    /// This resolution adopted, or not adopted, at the meeting <paramref name="decided"/> records: its date becomes the
    /// decision's, and <paramref name="symbol"/>, when given, replaces the draft's symbol ("S/RES/2417 (2018)").
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not adopted or not adopted, or the symbol is not one line.</exception>
    public Resolution Decide(Stage stage, DecisionRecord decided, string? symbol = null) =>
        new(Id, Organ, Formula, Preambular, Operative, Sponsors, symbol ?? Symbol, Title, Code, decided.Date, stage, Version + 1, Headings, decided, Session, AgendaItems);

    /// <summary>The sponsors who have not withdrawn, in list order: the sponsor line.</summary>
    public IEnumerable<Sponsor> ActiveSponsors => Sponsors.Where(s => s.IsActive);

    /// <summary>
    /// This resolution under other names: title, symbol, session and agenda items as given (null or blank: none), one version later.
    /// The symbol is not checked here beyond being one line; <see cref="UnSymbol"/> says whether it has a UN form.
    /// </summary>
    /// <exception cref="ArgumentException">A value holds a line break or control character.</exception>
    public Resolution Named(string? title, string? symbol, string? session, IEnumerable<string> agendaItems) =>
        new(Id, Organ, Formula, Preambular, Operative, Sponsors, symbol, title, Code, Date, Stage, Version + 1, Headings, Decided, session, agendaItems);

    /// <summary>This resolution with another id, e.g. for a copy stored as a new draft.</summary>
    public Resolution WithId(Guid id) =>
        new(id, Organ, Formula, Preambular, Operative, Sponsors, Symbol, Title, Code, Date, Stage, Version, Headings, Decided, Session, AgendaItems);

    private Resolution ReplaceList(ClauseId? parentId, ClauseKind kind, Func<ImmutableArray<Clause>, ImmutableArray<Clause>> change)
    {
        var preamble = Preambular;
        var operative = Operative;
        if (parentId is null && kind == ClauseKind.Preambular)
        {
            preamble = change(preamble);
        }
        else if (parentId is null)
        {
            operative = change(operative);
        }
        else
        {
            operative = operative.Select(c => ReplaceChildren(c, parentId.Value, change, 1)).ToImmutableArray();
        }

        // A heading whose paragraph was removed goes with it; a moved paragraph takes its heading along.
        var remaining = preamble.Concat(operative).Select(c => c.Id).ToHashSet();
        var headings = Headings.Where(h => remaining.Contains(h.BeforeClauseId));
        return new Resolution(Id, Organ, Formula, preamble, operative, Sponsors, Symbol, Title, Code, Date, Stage, Version + 1, headings, Decided, Session, AgendaItems);
    }

    private static Clause ReplaceChildren(Clause clause, ClauseId parentId, Func<ImmutableArray<Clause>, ImmutableArray<Clause>> change, int depth)
    {
        if (clause.Id == parentId)
        {
            return clause.WithSubParagraphs(change(clause.SubParagraphs), clause.SubParagraphStyle ?? ClauseLabels.DefaultStyle(depth));
        }

        if (clause.SubParagraphs.IsEmpty)
        {
            return clause;
        }

        var children = clause.SubParagraphs.Select(c => ReplaceChildren(c, parentId, change, depth + 1)).ToImmutableArray();
        return clause.WithSubParagraphs(children);
    }

    /// <summary>This resolution with another list of headings.</summary>
    /// <exception cref="ArgumentException">A heading does not stand before a preambular or operative paragraph of this resolution, or two stand before the same one.</exception>
    public Resolution WithHeadings(IEnumerable<Heading> headings) =>
        new(Id, Organ, Formula, Preambular, Operative, Sponsors, Symbol, Title, Code, Date, Stage, Version + 1, headings, Decided, Session, AgendaItems);

    private static ImmutableArray<Heading> OrderedHeadings(
        IEnumerable<Heading>? headings, ImmutableArray<Clause> preamble, ImmutableArray<Clause> operative, HashSet<ClauseId> clauseIds)
    {
        if (headings is null)
        {
            return [];
        }

        // Positions in reading order: the preamble first, then the operative part.
        var positions = new Dictionary<ClauseId, int>();
        for (var i = 0; i < preamble.Length; i++)
        {
            positions[preamble[i].Id] = i;
        }

        for (var i = 0; i < operative.Length; i++)
        {
            positions[operative[i].Id] = preamble.Length + i;
        }

        var placed = new Dictionary<int, Heading>();
        foreach (var heading in headings)
        {
            if (!positions.TryGetValue(heading.BeforeClauseId, out var position))
            {
                throw new ArgumentException($"Heading '{heading.Text}' stands before '{heading.BeforeClauseId}', which is not a preambular or operative paragraph here.", nameof(headings));
            }

            if (!placed.TryAdd(position, heading))
            {
                throw new ArgumentException(position < preamble.Length
                    ? $"Preambular paragraph {position + 1} has two headings."
                    : $"Operative paragraph {position - preamble.Length + 1} has two headings.", nameof(headings));
            }

            // Headings and clauses share one id space, so an id names exactly one thing in the document.
            if (!clauseIds.Add(heading.Id))
            {
                throw new ArgumentException($"Heading id '{heading.Id}' is already used.", nameof(headings));
            }
        }

        return [.. placed.OrderBy(p => p.Key).Select(p => p.Value)];
    }

    private static ClauseLocation? FindIn(Clause parent, ClauseId id, int depth = 1)
    {
        for (var i = 0; i < parent.SubParagraphs.Length; i++)
        {
            var child = parent.SubParagraphs[i];
            if (child.Id == id)
            {
                return new ClauseLocation(child, parent.Id, ClauseKind.SubParagraph, i, depth);
            }

            var inside = FindIn(child, id, depth + 1);
            if (inside is not null)
            {
                return inside;
            }
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Where a clause sits: its list (by parent and kind) and its index there.</summary>
/// <param name="Clause">The clause found.</param>
/// <param name="ParentId">The clause it is a sub-paragraph of; null for preambular and operative paragraphs.</param>
/// <param name="Kind">The clause's kind.</param>
/// <param name="Index">Zero-based index in its list.</param>
/// <param name="Depth">0 for preambular and operative paragraphs, 1 for their sub-paragraphs, and so on.</param>
public sealed record ClauseLocation(Clause Clause, ClauseId? ParentId, ClauseKind Kind, int Index, int Depth = 0);
