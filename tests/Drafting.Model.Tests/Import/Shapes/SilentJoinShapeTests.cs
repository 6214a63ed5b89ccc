using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// The silent-join family of issue 28, on texts cut from official resolutions of the corpus: a sub-paragraph ending
/// "… ; or" or "… ; and", or with no punctuation at all (a tiret list of names), then a blank line, then the next label.
/// A blank line between two labelled items is a paragraph break; "(i)" after "(h)" is the letter i unless "(ii)" follows;
/// a label read as words of the sentence before it is named in a warning with its line.
/// </summary>
public class SilentJoinShapeTests
{
    /// <summary>S/RES/1970 (2011), operative paragraph 9: "(b) … ; or" / "(c) Other sales …".</summary>
    private const string Resolution1970 = """
        Resolution 1970 (2011)

        Adopted by the Security Council at its 6491st meeting, on 26 February 2011

        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations, and taking measures under its Article 41,

        9. *Decides* that all Member States shall immediately take the necessary measures to prevent the direct or indirect supply, sale or transfer to the Libyan Arab Jamahiriya, from or through their territories or by their nationals, or using their flag vessels or aircraft, of arms and related materiel of all types, and decides further that this measure shall not apply to:

        (a) Supplies of non‑lethal military equipment intended solely for humanitarian or protective use, and related technical assistance or training, as approved in advance by the Committee established pursuant to paragraph 24 below;

        (b) Protective clothing, including flak jackets and military helmets, temporarily exported to the Libyan Arab Jamahiriya by United Nations personnel, representatives of the media and humanitarian and development workers and associated personnel, for their personal use only; or

        (c) Other sales or supply of arms and related materiel, or provision of assistance or personnel, as approved in advance by the Committee;

        10. *Decides* that the Libyan Arab Jamahiriya shall cease the export of all arms and related materiel;
        """;

    [Fact]
    public void An_item_ending_in_or_before_a_blank_line_is_followed_by_the_next_sub_paragraph()
    {
        var resolution = Imported(Resolution1970, out var result);

        Assert.Equal(2, resolution.Operative.Length);
        var items = resolution.Operative[0].SubParagraphs;
        Assert.Equal(3, items.Length);
        Assert.EndsWith("for their personal use only; or", items[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Other sales or supply of arms", items[2].Text, StringComparison.Ordinal);
        Assert.Empty(resolution.Operative[1].SubParagraphs);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "label-read-as-text");
    }

    /// <summary>S/RES/1363 (2001), operative paragraphs 3 and 4: "(b) … ; and" / "(c) …", "(a) … ; and" / "(b) …".</summary>
    private const string Resolution1363 = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        3. *Requests* the Secretary-General to establish, in consultation with the Committee established pursuant to resolution 1267 (1999), within 30 days of the date of adoption of this resolution, a mechanism:

        (a) to monitor the implementation of the measures imposed by resolutions 1267 (1999) and 1333 (2000);

        (b) to offer assistance to States bordering the territory of Afghanistan under Taliban control and other States, as appropriate, to increase their capacity regarding the implementation of the measures imposed by resolutions 1267 (1999) and 1333 (2000); and

        (c) to collate, assess, verify wherever possible, report and make recommendations on information regarding violations of the measures imposed by resolutions 1267 (1999) and 1333 (2000);

        4. *Decides* that the composition of the monitoring mechanism, bearing in mind inter alia equitable geographical distribution, should be comprised of:

        (a) a Monitoring Group in New York of up to five experts, including a Chairman, to monitor the implementation of all the measures imposed by resolutions 1267 (1999) and 1333 (2000); and

        (b) a Sanctions Enforcement Support Team, under the coordination of the Monitoring Group, of up to fifteen members;
        """;

    [Fact]
    public void Items_ending_in_and_before_a_blank_line_keep_every_sub_paragraph()
    {
        var resolution = Imported(Resolution1363, out _);

        Assert.Equal([3, 2], resolution.Operative.Select(c => c.SubParagraphs.Length));
        Assert.StartsWith("to collate, assess", resolution.Operative[0].SubParagraphs[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("a Sanctions Enforcement Support Team", resolution.Operative[1].SubParagraphs[1].Text, StringComparison.Ordinal);
    }

    /// <summary>S/RES/1824 (2008), operative paragraphs 1 and 2: names under tirets, no punctuation at all.</summary>
    private const string Resolution1824 = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        1. *Decides* to extend the term of office of the following permanent judges at the Tribunal who are members of the Appeals Chamber until 31 December 2010, or until the completion of the cases before the Appeals Chamber if sooner:

        – Mr. Mehmet Güney (Turkey)

        – Ms. Andrésia Vaz (Senegal)

        2. *Decides* to extend the term of office of the following permanent judges at the Tribunal who are members of the Trial Chambers until 31 December 2009, or until the completion of the cases to which they are assigned if sooner:

        – Mr. Charles Michael Dennis Byron (Saint Kitts and Nevis)

        – Mr. Asoka de Silva (Sri Lanka)

        – Mr. Sergei Aleckseevich Egorov (Russian Federation)
        """;

    [Fact]
    public void Tirets_without_punctuation_separated_by_blank_lines_are_each_a_sub_paragraph()
    {
        var resolution = Imported(Resolution1824, out _);

        Assert.Equal([2, 3], resolution.Operative.Select(c => c.SubParagraphs.Length));
        Assert.Equal("Ms. Andrésia Vaz (Senegal)", resolution.Operative[0].SubParagraphs[1].Text);
        Assert.Equal("Mr. Sergei Aleckseevich Egorov (Russian Federation)", resolution.Operative[1].SubParagraphs[2].Text);
    }

    /// <summary>S/RES/2157 (2014), operative paragraph 1 (its number restored): "(h) … ; and" / "(i) Contributing …".</summary>
    private const string Resolution2157 = """
        The Security Council,

        *Recognizing* the need for UNIOGBIS to support national efforts to fully restore and maintain constitutional order,

        1. *Decides* to extend the mandate of UNIOGBIS for a period of 6 months beginning on 1 June 2014 until 30 November 2014:

        (a) Supporting an inclusive political dialogue and national reconciliation process;

        (b) Assisting in strengthening democratic institutions and enhancing the capacity of State organs to function effectively and constitutionally;

        (c) Providing strategic and technical advice and support for the establishment of effective and efficient law enforcement;

        (d) Providing strategic and technical advice and support to national authorities and relevant stakeholders;

        (e) Assisting national authorities to combat drug trafficking and transnational organized crime, in close cooperation with UNODC;

        (f) Assisting national authorities in the promotion and protection of human rights;

        (g) Mainstreaming a gender perspective into peacebuilding, in line with Security Council resolutions 1325 (2000) and 1820 (2008);

        (h) Working with the Peacebuilding Commission in support of Guinea-Bissau’s peacebuilding priorities; and

        (i) Contributing to the mobilization, harmonization and coordination of international assistance;

        2. *Reiterates* its demand to the security and defence services to submit themselves fully to civilian control;
        """;

    [Fact]
    public void An_i_after_h_is_the_letter_i_when_no_ii_follows()
    {
        var resolution = Imported(Resolution2157, out var result);

        var items = resolution.Operative[0].SubParagraphs;
        Assert.Equal(9, items.Length);
        Assert.All(items, item => Assert.Empty(item.SubParagraphs));
        Assert.StartsWith("Contributing to the mobilization", items[8].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Code is "sub-paragraph-label" or "label-read-as-text");
    }

    [Fact]
    public void An_i_after_h_opens_a_roman_list_when_ii_follows()
    {
        // The same list with a roman list under (h), as S/RES/1483 (2003) nests "(i)" to "(iv)" under a lettered item.
        var text = Resolution2157.Replace(
            "(i) Contributing to the mobilization, harmonization and coordination of international assistance;",
            "(i) Contributing to the mobilization of international assistance;\n\n(ii) Contributing to its harmonization and coordination;\n\n(i) Reporting on the implementation of the present mandate;",
            StringComparison.Ordinal);
        var resolution = Imported(text, out _);

        var items = resolution.Operative[0].SubParagraphs;
        Assert.Equal(9, items.Length);
        Assert.Equal(2, items[7].SubParagraphs.Length);
        Assert.Equal(LabelStyle.RomanInParentheses, items[7].SubParagraphStyle);
        Assert.StartsWith("Reporting on the implementation", items[8].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_after_a_paragraph_ending_in_and_is_a_heading_not_words_of_that_paragraph()
    {
        // S/RES/2082 (2012), operative paragraphs 30 to 32 (numbered from 1 here).
        var resolution = Imported("""
            The Security Council,

            *Acting* under Chapter VII of the Charter of the United Nations,

            1. *Urges* the Committee to ensure that there are fair and clear procedures for the conduct of its work, and directs the Committee to review its guidelines as soon as possible;

            2. *Encourages* Member States and relevant international organizations to send representatives to meet with the Committee to share information and discuss any relevant issues; and

            Cooperation with the Government of Afghanistan

            3. *Welcomes* periodic briefings from the Government of Afghanistan on the content of the list;
            """, out var result);

        Assert.Equal(3, resolution.Operative.Length);
        Assert.EndsWith("discuss any relevant issues; and", resolution.Operative[1].Text, StringComparison.Ordinal);
        Assert.Equal("Cooperation with the Government of Afghanistan", resolution.HeadingBefore(resolution.Operative[2].Id)?.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "joined-paragraph");
    }

    [Fact]
    public void A_number_alone_on_its_line_takes_the_text_after_the_blank_line_and_says_so()
    {
        // S/RES/1286 (2000) as its official conversion prints it: each number in a paragraph of its own.
        var resolution = Imported("""
            The Security Council,

            *Recalling* its previous resolutions and statements on the situation in Burundi,

            1.

            Warmly endorses and strongly supports the designation by the Eighth Arusha Regional Summit on 1 December 1999 of Nelson Mandela as the new Facilitator of the Arusha peace process;

            2.

            Reiterates its strong support for the renewed Arusha peace process;
            """, out var result);

        Assert.Equal(2, resolution.Operative.Length);
        Assert.StartsWith("Warmly endorses", resolution.Operative[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Reiterates", resolution.Operative[1].Text, StringComparison.Ordinal);
        Assert.Equal([7, 11], result.Warnings.Where(w => w.Code == "joined-paragraph").Select(w => w.Line));
    }

    [Fact]
    public void A_label_read_as_words_of_an_unfinished_sentence_is_named_in_a_warning_with_its_line()
    {
        var text = """
            The Security Council,

            *Recalling* its resolutions,

            1. *Decides* to apply the measures imposed by paragraph 4
            (e) of resolution 1267 (1999) to the individuals listed;

            2. *Decides* to remain seized of the matter.
            """;
        var resolution = Imported(text, out var result);

        Assert.Empty(resolution.Operative[0].SubParagraphs);
        Assert.Contains("paragraph 4 (e) of resolution 1267", resolution.Operative[0].Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings, w => w.Code == "label-read-as-text");
        Assert.Equal(6, warning.Line);
    }
}
