using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// Word's automatic numbering (<c>numbering.xml</c>), computed as a reader of the document sees it: each paragraph's
/// list (from its own <c>w:numPr</c> or its paragraph style's), the abstract numbering behind it, the level's start,
/// format and text (<c>%1.</c>, <c>(%2)</c>), counters shared by the lists of one abstract numbering, deeper levels
/// restarted when a shallower one counts on, and <c>w:startOverride</c> restarting a list where it is first used.
/// </summary>
internal sealed class WordNumbering
{
    private sealed record LevelDefinition(int Start, string Format, string Text, bool Legal, int? RestartAfter);

    private sealed record ListDefinition(int AbstractId, Dictionary<int, LevelDefinition> Levels, Dictionary<int, int> StartOverrides);

    private readonly Dictionary<int, ListDefinition> _lists = [];
    private readonly WordStyles _styles;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];

    public WordNumbering(MainDocumentPart main, WordStyles styles)
    {
        _styles = styles;
        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering)
        {
            return;
        }

        var abstracts = new Dictionary<int, Dictionary<int, LevelDefinition>>();
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } abstractId)
            {
                abstracts[abstractId] = Levels(abstractNum.Elements<Level>());
            }
        }

        var abstractOfNum = numbering.Elements<NumberingInstance>()
            .Where(n => n.NumberID?.Value is not null && n.AbstractNumId?.Val?.Value is not null)
            .GroupBy(n => n.NumberID!.Value)
            .ToDictionary(g => g.Key, g => g.First().AbstractNumId!.Val!.Value);

        // A list defined through a list style (w:numStyleLink) takes its levels from the abstract numbering that style's list uses.
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } linkingId && abstracts[linkingId].Count == 0
                && styles.Numbering(abstractNum.NumberingStyleLink?.Val?.Value) is { } linked
                && abstractOfNum.TryGetValue(linked.NumId, out var target) && abstracts.TryGetValue(target, out var targetLevels))
            {
                abstracts[linkingId] = targetLevels;
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var levels))
            {
                continue;
            }

            var overrides = new Dictionary<int, int>();
            var ownLevels = new Dictionary<int, LevelDefinition>(levels);
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                var index = levelOverride.LevelIndex?.Value ?? 0;
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    overrides[index] = start;
                }

                if (levelOverride.Level is { } level)
                {
                    foreach (var (key, value) in Levels([level]))
                    {
                        ownLevels[key] = value;
                    }
                }
            }

            _lists[numId] = new ListDefinition(abstractId, ownLevels, overrides);
        }
    }

    /// <summary>
    /// The label Word shows before the paragraph with <paramref name="properties"/> (such as "3." or "(b)"), counting it; null when the
    /// paragraph is not numbered. A bullet level gives its bullet character.
    /// </summary>
    public string? Next(ParagraphProperties? properties)
    {
        var (numId, levelIndex) = NumberingOf(properties);
        if (numId is not { } id || id == 0 || !_lists.TryGetValue(id, out var list) || !list.Levels.TryGetValue(levelIndex, out var level))
        {
            return null;
        }

        if (!_counters.TryGetValue(list.AbstractId, out var counters))
        {
            counters = new int?[9];
            _counters[list.AbstractId] = counters;
        }

        levelIndex = Math.Clamp(levelIndex, 0, 8);
        if (_overridesApplied.Add(id))
        {
            foreach (var (overridden, start) in list.StartOverrides)
            {
                if (overridden is >= 0 and < 9)
                {
                    counters[overridden] = start - 1;
                }
            }
        }

        counters[levelIndex] = counters[levelIndex] is { } current ? current + 1 : level.Start;
        for (var deeper = levelIndex + 1; deeper < 9; deeper++)
        {
            var restartAfter = list.Levels.TryGetValue(deeper, out var deeperLevel) ? deeperLevel.RestartAfter : null;

            // w:lvlRestart 0 never restarts; otherwise the level restarts after any level above the one it names.
            if (restartAfter is null || (restartAfter > 0 && levelIndex < restartAfter))
            {
                counters[deeper] = null;
            }
        }

        if (level.Format == "bullet")
        {
            return level.Text.Length == 0 ? "\u2022" : Bullet(level.Text);
        }

        var label = new StringBuilder(level.Text.Length + 4);
        for (var i = 0; i < level.Text.Length; i++)
        {
            if (level.Text[i] == '%' && i + 1 < level.Text.Length && level.Text[i + 1] is >= '1' and <= '9')
            {
                var shown = level.Text[i + 1] - '1';
                var definition = list.Levels.GetValueOrDefault(shown) ?? level;
                var value = counters[shown] ?? definition.Start;
                label.Append(NumberFormats.Format(value, level.Legal && shown != levelIndex ? "decimal" : definition.Format));
                i++;
            }
            else
            {
                label.Append(level.Text[i]);
            }
        }

        return label.ToString();
    }

    /// <summary>The list and level of a paragraph: its own <c>w:numPr</c>, else its style's (level 0 unless the style says).</summary>
    /// <summary>The list and level a paragraph is numbered in, from its own properties or its style; no list when NumId is null.</summary>
    public (int? NumId, int Level) ListOf(ParagraphProperties? properties) => NumberingOf(properties);

    private (int? NumId, int Level) NumberingOf(ParagraphProperties? properties)
    {
        var own = properties?.NumberingProperties;
        var numId = own?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value;
        if (numId is null && _styles.Numbering(properties?.ParagraphStyleId?.Val?.Value) is { } styled)
        {
            numId = styled.NumId;
            level ??= styled.Level;
        }

        return (numId, level ?? 0);
    }

    /// <summary>Symbol-font bullets (U+F0B7 in Symbol, "o" in Courier New, U+F0A7 in Wingdings) as the bullet a reader sees.</summary>
    private static string Bullet(string text) => text[0] is '\uF0B7' or '\uF0A7' or '\uF0FC' or 'o' or '\u25AA' or '\u25CF' ? "\u2022" : text;

    private static Dictionary<int, LevelDefinition> Levels(IEnumerable<Level> levels)
    {
        var result = new Dictionary<int, LevelDefinition>();
        foreach (var level in levels)
        {
            var index = level.LevelIndex?.Value ?? 0;
            result[index] = new LevelDefinition(
                level.StartNumberingValue?.Val?.Value ?? 0,
                level.NumberingFormat?.Val?.InnerText ?? "decimal",
                level.LevelText?.Val?.Value ?? "",
                level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
                level.LevelRestart?.Val?.Value is { } restart ? restart : null);
        }

        return result;
    }
}
