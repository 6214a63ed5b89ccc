using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>The guarantees of the pre-pass before the clause reader: what it removes and what it hands on.</summary>
public class PageCleanupTests
{
    private static List<SourceLine> Lines(string text) =>
        [.. text.Split('\n').Select((line, i) => new SourceLine(i + 1, line))];

    private static List<SourceLine> HandedOn(PageCleanup cleanup)
    {
        var handed = new List<SourceLine>();
        while (cleanup.Next() is { } line)
        {
            handed.Add(line);
        }

        return handed;
    }

    [Fact]
    public void Page_furniture_leaves_no_line_behind_and_is_named_in_one_warning_at_the_end()
    {
        var diagnostics = new List<ImportDiagnostic>();
        var cleanup = new PageCleanup(Lines("""
            The Security Council,
            *Recalling* its resolutions on the protection of
            2/4      18-08912
            S/RES/2417 (2018)
            civilians in armed conflict,
            """), 1, _ => false, diagnostics);

        Assert.Equal(new SourceLine(2, "*Recalling* its resolutions on the protection of"), cleanup.Next());
        Assert.Equal(new SourceLine(5, "civilians in armed conflict,"), cleanup.Next());
        Assert.Empty(diagnostics);
        Assert.Null(cleanup.Next());
        Assert.Null(cleanup.Next());

        var warning = Assert.Single(diagnostics);
        Assert.Equal(new ImportDiagnostic(3, DiagnosticSeverity.Warning, "page-furniture",
            "Removed 2 line(s) of page furniture (running headers, page numbers, job numbers): '2/4      18-08912' (line 3), 'S/RES/2417 (2018)' (line 4)."), warning);
    }

    [Fact]
    public void Lines_are_handed_on_trimmed_in_order_with_their_original_numbers()
    {
        var cleanup = new PageCleanup(Lines("skipped\n  *Recalling* x,\n\n   1. *Decides* y;"), 1, _ => false, []);

        Assert.Equal(
            [new SourceLine(2, "*Recalling* x,"), new SourceLine(3, ""), new SourceLine(4, "1. *Decides* y;")],
            HandedOn(cleanup));
    }

    [Fact]
    public void A_markdown_footnote_is_collected_and_handed_on_as_a_paragraph_break()
    {
        var cleanup = new PageCleanup(Lines("*Recalling* the Convention,[^1]\n[^1]: *Treaty Series*, vol. 2349.\n[^1]: Ibid."), 0, _ => false, []);

        Assert.Equal([new SourceLine(1, "*Recalling* the Convention,[^1]"), new SourceLine(2, ""), new SourceLine(3, "")], HandedOn(cleanup));
        Assert.Equal("Ibid.", Assert.Single(cleanup.Footnotes).Value);
    }

    [Fact]
    public void A_pdf_footnote_is_collected_with_its_wrapped_lines_and_the_text_around_it_runs_on()
    {
        var cleanup = new PageCleanup(Lines("""
            taking into account the principles;3 and
            3 See A/78/469, para. 12, and the report
            of the Secretary-General.
            3/7
            to implement it fully;
            """), 0, number => number == 3, []);

        Assert.Equal([new SourceLine(1, "taking into account the principles;3 and"), new SourceLine(5, "to implement it fully;")], HandedOn(cleanup));
        Assert.Equal("See A/78/469, para. 12, and the report of the Secretary-General.", cleanup.Footnotes[3]);
    }

    [Fact]
    public void A_footnote_stops_wrapping_at_a_line_that_opens_like_a_clause_or_another_footnote()
    {
        var cleanup = new PageCleanup(Lines("1 Ibid.\n2 Ibid., vol. 2.\n4. *Decides* to remain seized;\n3 Ibid.\n(a) item;\n5 Ibid.\n*Recalling* x,"), 0, _ => true, []);

        Assert.Equal(["4. *Decides* to remain seized;", "(a) item;", "*Recalling* x,"], HandedOn(cleanup).Select(l => l.Text));
        Assert.Equal(["Ibid.", "Ibid., vol. 2.", "Ibid.", "Ibid."], cleanup.Footnotes.OrderBy(f => f.Key).Select(f => f.Value));
    }

    [Fact]
    public void A_numbered_line_is_text_unless_its_marker_was_read_and_its_number_is_free()
    {
        var asked = new List<int>();
        var cleanup = new PageCleanup(Lines("2 Ibid.\n1 United Nations, Treaty Series.\n1 Ibid."), 0, number =>
        {
            asked.Add(number);
            return number == 1;
        }, []);

        Assert.Equal([new SourceLine(1, "2 Ibid."), new SourceLine(3, "1 Ibid.")], HandedOn(cleanup));
        Assert.Equal("United Nations, Treaty Series.", Assert.Single(cleanup.Footnotes).Value);
        Assert.Equal([2, 1], asked);
    }

    [Fact]
    public void The_reader_is_asked_about_a_marker_only_after_it_has_read_the_lines_before()
    {
        var handed = 0;
        var cleanup = new PageCleanup(Lines("*Recalling* the Convention,1\n\n1 United Nations, Treaty Series."), 0, _ =>
        {
            Assert.Equal(2, handed);
            return true;
        }, []);

        while (cleanup.Next() is not null)
        {
            handed++;
        }

        Assert.Single(cleanup.Footnotes);
    }

    [Fact]
    public void Peeking_skips_blank_lines_and_furniture_but_not_footnote_definitions()
    {
        var cleanup = new PageCleanup(Lines("Assets freeze\n\n3/7\n\n[^1]: Ibid.\n1. *Decides* x;"), 0, _ => true, []);

        Assert.Equal("Assets freeze", cleanup.Next()?.Text);
        Assert.Equal([new SourceLine(5, "[^1]: Ibid."), new SourceLine(6, "1. *Decides* x;")], cleanup.PeekTexts(3));
        Assert.Equal(new SourceLine(2, ""), cleanup.Next());
        Assert.Equal(new SourceLine(4, ""), cleanup.Next());
        Assert.Equal("[^1]: Ibid.", Assert.Single(cleanup.PeekTexts(1)).Text);
        Assert.Equal(new SourceLine(5, ""), cleanup.Next());
        Assert.Equal("1. *Decides* x;", Assert.Single(cleanup.PeekTexts(1)).Text);
        Assert.NotNull(cleanup.Next());
        Assert.Empty(cleanup.PeekTexts(1));
    }

    [Fact]
    public void Skipping_drops_the_peeked_lines_with_the_blank_lines_and_furniture_between_them()
    {
        var cleanup = new PageCleanup(Lines("I\n\nAchieving sustainable fisheries\n3/7\n1. *Decides* x;"), 0, _ => true, []);

        Assert.Equal("I", cleanup.Next()?.Text);
        cleanup.Skip(1);
        Assert.Equal(new SourceLine(5, "1. *Decides* x;"), cleanup.Next());
    }
}
