using System.Globalization;
using System.Text;
using System.Xml;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// Writes a resolution as Akoma Ntoso 3.0 following AKN4UN: <c>statement name="resolutionDraft"</c> (or
/// <c>resolution</c> once adopted) with FRBR identification, a preface with docNumber, docTitle and one docProponent
/// per sponsor, a preamble with the formula and one container per preambular paragraph, and a mainBody of
/// numbered paragraphs with sub-paragraphs as list/point.
/// </summary>
public static class AknWriter
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The media type of an Akoma Ntoso document.</summary>
    public const string ContentType = "application/akn+xml";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };

    /// <summary>The Akoma Ntoso XML of <paramref name="resolution"/>.</summary>
    /// <param name="resolution">The resolution.</param>
    /// <param name="generated">The date of the export, used for FRBR dates when the resolution has no date of its own.</param>
    /// <param name="silences">The record of the silence procedure, kept in the metadata (workflow steps and the statements as notes); none when null.</param>
    /// <param name="identity">What the file is: its label becomes the expression's <c>FRBRversionNumber</c>, its date the expression's <c>FRBRdate</c>, its lines the preface's.</param>
    public static string Write(Resolution resolution, DateOnly? generated = null, DocumentIdentity? identity = null, SilenceRecord? silences = null)
    {
        using var stream = new MemoryStream();
        Write(resolution, stream, generated, identity, silences);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the Akoma Ntoso XML of <paramref name="resolution"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(Resolution resolution, Stream stream, DateOnly? generated = null, DocumentIdentity? identity = null, SilenceRecord? silences = null)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("akomaNtoso", Namespace);
        xml.WriteStartElement("statement");
        xml.WriteAttributeString("name", resolution.Stage == Stage.Adopted ? "resolution" : "resolutionDraft");
        WriteMeta(xml, resolution, resolution.Date ?? generated ?? new DateOnly(1945, 10, 24), identity, silences);
        WritePreface(xml, resolution, identity);
        WritePreamble(xml, resolution);
        WriteMainBody(xml, resolution);
        WriteConclusions(xml, resolution);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteMeta(XmlWriter xml, Resolution resolution, DateOnly date, DocumentIdentity? identity, SilenceRecord? silences)
    {
        var organ = OrganId(resolution.Organ);
        var kind = resolution.Stage == Stage.Adopted ? "resolution" : "resolutionDraft";
        var number = resolution.Symbol is { } symbol ? Slug(symbol) : $"draft-{resolution.Id:N}";
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var work = $"/akn/un/statement/{kind}/{organ}/{day}/{number}";
        // The expression is this version of the work: "eng@rev.1", "eng@zero-draft", an unpublished or compiled text by its moment.
        var version = identity is null ? "" : VersionSlug(identity);
        var expression = $"{work}/eng@{version}";

        xml.WriteStartElement("meta");
        xml.WriteStartElement("identification");
        xml.WriteAttributeString("source", "#drafting");

        xml.WriteStartElement("FRBRWork");
        Value(xml, "FRBRthis", $"{work}/!main");
        Value(xml, "FRBRuri", work);
        FrbrDate(xml, day);
        Href(xml, "FRBRauthor", $"#{organ}");
        Value(xml, "FRBRcountry", "un");
        if (resolution.Symbol is not null)
        {
            Value(xml, "FRBRnumber", resolution.Symbol);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("FRBRExpression");
        Value(xml, "FRBRthis", $"{expression}/!main");
        Value(xml, "FRBRuri", expression);
        if (identity is null)
        {
            FrbrDate(xml, day);
        }
        else
        {
            FrbrDate(xml, NewYorkTime.In(identity.AsOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), identity.Revision is null ? "version" : "publication");
        }

        Href(xml, "FRBRauthor", $"#{organ}");
        if (identity is not null)
        {
            Value(xml, "FRBRversionNumber", string.Join(", ", identity.MastheadLines));
        }

        xml.WriteStartElement("FRBRlanguage");
        xml.WriteAttributeString("language", "eng");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("FRBRManifestation");
        Value(xml, "FRBRthis", $"{expression}/!main.xml");
        Value(xml, "FRBRuri", $"{expression}.akn");
        FrbrDate(xml, day);
        Href(xml, "FRBRauthor", "#drafting");
        xml.WriteEndElement();
        xml.WriteEndElement();

        var sponsors = ActiveSponsors(resolution);
        string DelegationId(string name) =>
            sponsors.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal)) is { } sponsor ? SponsorId(sponsor) : "delegation-" + Slug(name);
        if (silences is not null)
        {
            AknSilenceRecord.WriteWorkflow(xml, silences, organ, DelegationId);
        }

        xml.WriteStartElement("references");
        xml.WriteAttributeString("source", "#drafting");
        Organization(xml, "drafting", "Drafting");
        Organization(xml, organ, resolution.Organ.Name);
        foreach (var sponsor in sponsors)
        {
            Organization(xml, SponsorId(sponsor), sponsor.Name);
        }

        if (silences is not null)
        {
            foreach (var delegation in AknSilenceRecord.Delegations(silences).Where(d => !sponsors.Any(s => string.Equals(s.Name, d, StringComparison.Ordinal))))
            {
                Organization(xml, DelegationId(delegation), delegation);
            }

            AknSilenceRecord.WriteReferences(xml, silences);
        }

        xml.WriteStartElement("TLCRole");
        xml.WriteAttributeString("eId", "sponsor");
        xml.WriteAttributeString("href", "/akn/ontology/roles/un/sponsor");
        xml.WriteAttributeString("showAs", "Sponsor");
        xml.WriteEndElement();

        xml.WriteEndElement();
        if (silences is not null)
        {
            AknSilenceRecord.WriteNotes(xml, silences);
        }

        xml.WriteEndElement();
    }

    private static void WritePreface(XmlWriter xml, Resolution resolution, DocumentIdentity? identity)
    {
        xml.WriteStartElement("preface");
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", "organ");
        xml.WriteStartElement("docAuthority");
        xml.WriteString(Clean(resolution.Organ.Name));
        xml.WriteEndElement();
        xml.WriteEndElement();

        if (resolution.Symbol is { } symbol)
        {
            InlineParagraph(xml, "symbol", "docNumber", symbol);
        }

        if (DocumentText.Date(resolution) is { } date)
        {
            xml.WriteStartElement("p");
            xml.WriteAttributeString("class", "date");
            xml.WriteStartElement("docDate");
            xml.WriteAttributeString("date", resolution.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteString(date);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        foreach (var line in DocumentText.SessionLines(resolution))
        {
            Paragraph(xml, "session", line);
        }

        foreach (var line in AdoptedText.Applies(resolution) ? [] : identity?.MastheadLines ?? [])
        {
            Paragraph(xml, "identity", line);
        }

        if (AdoptedText.Applies(resolution))
        {
            var (number, adoption, _) = AdoptedText.Lines(resolution);
            if (number is not null)
            {
                xml.WriteStartElement("p");
                xml.WriteAttributeString("class", "resolutionNumber");
                xml.WriteString(Clean(number));
                xml.WriteEndElement();
            }

            xml.WriteStartElement("p");
            xml.WriteAttributeString("class", "adoption");
            xml.WriteString(Clean(adoption));
            xml.WriteEndElement();
        }

        var sponsors = ActiveSponsors(resolution);
        if (sponsors.Count > 0)
        {
            xml.WriteStartElement("p");
            xml.WriteAttributeString("class", "sponsors");
            for (var i = 0; i < sponsors.Count; i++)
            {
                xml.WriteString(i == 0 ? "" : i == sponsors.Count - 1 ? " and " : ", ");
                xml.WriteStartElement("docProponent");
                xml.WriteAttributeString("refersTo", $"#{SponsorId(sponsors[i])}");
                xml.WriteAttributeString("as", "#sponsor");
                xml.WriteString(Clean(sponsors[i].Name));
                xml.WriteEndElement();
            }

            xml.WriteString(": draft resolution");
            xml.WriteEndElement();
        }

        InlineParagraph(xml, "title", "docTitle", resolution.Title ?? (resolution.Stage == Stage.Adopted ? "Resolution" : "Draft resolution"));
        xml.WriteEndElement();
    }

    /// <summary>The General Assembly's sign-off ("48th plenary meeting" / date) after the body, as the printed text closes.</summary>
    private static void WriteConclusions(XmlWriter xml, Resolution resolution)
    {
        if (AdoptedText.SignOff(resolution) is not { Count: > 0 } lines)
        {
            return;
        }

        xml.WriteStartElement("conclusions");
        foreach (var line in lines)
        {
            xml.WriteStartElement("p");
            xml.WriteAttributeString("class", "signOff");
            xml.WriteString(Clean(line));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WritePreamble(XmlWriter xml, Resolution resolution)
    {
        xml.WriteStartElement("preamble");
        xml.WriteStartElement("formula");
        xml.WriteAttributeString("eId", "preamble__formula_1");
        xml.WriteAttributeString("name", "enactingFormula");
        xml.WriteStartElement("p");
        var formula = resolution.Formula;
        var at = formula.IndexOf(resolution.Organ.Name, StringComparison.Ordinal);
        if (at < 0)
        {
            xml.WriteString(Clean(formula));
        }
        else
        {
            xml.WriteString(Clean(formula[..at]));
            xml.WriteStartElement("i");
            xml.WriteString(Clean(resolution.Organ.Name));
            xml.WriteEndElement();
            xml.WriteString(Clean(formula[(at + resolution.Organ.Name.Length)..]));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();

        var headingNumber = 0;
        for (var i = 0; i < resolution.Preambular.Length; i++)
        {
            var clause = resolution.Preambular[i];
            if (resolution.HeadingBefore(clause.Id) is { } heading)
            {
                // The preamble holds containers, not hcontainers: a heading there is a container of its own name.
                headingNumber++;
                xml.WriteStartElement("container");
                xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"preamble__heading_{headingNumber}"));
                xml.WriteAttributeString("name", "heading");
                xml.WriteAttributeString("GUID", heading.Id.Value);
                xml.WriteElementString("p", Namespace, Clean(heading.Text));
                xml.WriteEndElement();
            }

            xml.WriteStartElement("container");
            xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"preamble__container_{i + 1}"));
            xml.WriteAttributeString("name", "preambularParagraph");
            xml.WriteAttributeString("GUID", clause.Id.Value);
            ClauseParagraph(xml, clause);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteMainBody(XmlWriter xml, Resolution resolution)
    {
        xml.WriteStartElement("mainBody");
        var headingNumber = 0;
        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            var clause = resolution.Operative[i];
            if (resolution.HeadingBefore(clause.Id) is { } heading)
            {
                // A heading groups the paragraphs up to the next heading: an hcontainer holding them, as AKN4UN does.
                if (headingNumber > 0)
                {
                    xml.WriteEndElement();
                }

                headingNumber++;
                xml.WriteStartElement("hcontainer");
                xml.WriteAttributeString("name", "heading");
                xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"hcontainer_{headingNumber}"));
                xml.WriteAttributeString("GUID", heading.Id.Value);
                xml.WriteElementString("heading", Namespace, Clean(heading.Text));
            }

            var eId = string.Create(CultureInfo.InvariantCulture, $"para_{i + 1}");
            xml.WriteStartElement("paragraph");
            xml.WriteAttributeString("eId", eId);
            xml.WriteAttributeString("GUID", clause.Id.Value);
            Num(xml, ClauseLabels.ForOperative(i));
            WriteBody(xml, clause, eId, 1);
            xml.WriteEndElement();
        }

        if (headingNumber > 0)
        {
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>content/p for a clause alone; intro/p (when it has text) and a list of points for one with sub-paragraphs.</summary>
    private static void WriteBody(XmlWriter xml, Clause clause, string eId, int depth)
    {
        if (clause.SubParagraphs.IsEmpty)
        {
            xml.WriteStartElement("content");
            ClauseParagraph(xml, clause);
            xml.WriteEndElement();
            return;
        }

        if (clause.Text.Length > 0)
        {
            xml.WriteStartElement("intro");
            ClauseParagraph(xml, clause);
            xml.WriteEndElement();
        }

        var listId = $"{eId}__list_1";
        xml.WriteStartElement("list");
        xml.WriteAttributeString("eId", listId);
        var style = clause.SubParagraphStyle ?? ClauseLabels.DefaultStyle(depth);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < clause.SubParagraphs.Length; i++)
        {
            var child = clause.SubParagraphs[i];
            var label = ClauseLabels.For(style, i);
            var pointId = $"{listId}__point_{PointNumber(label, i, used)}";
            xml.WriteStartElement("point");
            xml.WriteAttributeString("eId", pointId);
            xml.WriteAttributeString("GUID", child.Id.Value);
            Num(xml, label);
            WriteBody(xml, child, pointId, depth + 1);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>"(a)" → "a", "(ii)" → "ii"; tirets and bullets, which have no letters, by position.</summary>
    private static string PointNumber(string label, int index, HashSet<string> used)
    {
        var letters = new string(label.Where(char.IsAsciiLetterOrDigit).ToArray());
        var number = letters.Length > 0 && used.Add(letters) ? letters : (index + 1).ToString(CultureInfo.InvariantCulture);
        used.Add(number);
        return number;
    }

    /// <summary>A p with the opening phrase in <c>i</c>.</summary>
    private static void ClauseParagraph(XmlWriter xml, Clause clause)
    {
        xml.WriteStartElement("p");
        if (clause.Opening is { } opening)
        {
            xml.WriteStartElement("i");
            xml.WriteAttributeString("class", "opening");
            xml.WriteString(Clean(opening));
            xml.WriteEndElement();
        }

        // Footnotes stand inline at their marker as authorialNote; one inside the italic opening goes right after it.
        var at = clause.Opening?.Length ?? 0;
        foreach (var note in clause.Notes)
        {
            var offset = Math.Max(note.Offset, at);
            xml.WriteString(Clean(clause.Text[at..offset]));
            WriteNote(xml, note, clause);
            at = offset;
        }

        xml.WriteString(Clean(clause.Text[at..]));
        xml.WriteEndElement();
    }

    private static void WriteNote(XmlWriter xml, Note note, Clause clause)
    {
        var number = clause.Notes.IndexOf(note) + 1;
        xml.WriteStartElement("authorialNote");
        xml.WriteAttributeString("marker", number.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("placement", "bottom");
        xml.WriteAttributeString("eId", string.Create(CultureInfo.InvariantCulture, $"{clause.Id.Value}__authorialNote_{number}"));
        xml.WriteStartElement("p");
        xml.WriteString(Clean(note.Text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void InlineParagraph(XmlWriter xml, string className, string inline, string text)
    {
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", className);
        xml.WriteStartElement(inline);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Num(XmlWriter xml, string label) => xml.WriteElementString("num", Namespace, Clean(label));

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    private static void Href(XmlWriter xml, string element, string href)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void FrbrDate(XmlWriter xml, string day, string name = "generation")
    {
        xml.WriteStartElement("FRBRdate");
        xml.WriteAttributeString("date", day);
        xml.WriteAttributeString("name", name);
        xml.WriteEndElement();
    }

    private static void Paragraph(XmlWriter xml, string className, string text)
    {
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", className);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>"rev.1", "zero-draft", "compilation-2026-12-06-1000": the version part of the expression's URI.</summary>
    private static string VersionSlug(DocumentIdentity identity) =>
        Slug(identity.Compilation ? $"compilation {NewYorkTime.Stamp(identity.AsOf)}"
            : identity.Revision ?? $"{(identity.After is { } after ? $"after {after}" : "zero draft")} {NewYorkTime.Stamp(identity.AsOf)}").ToLowerInvariant();

    private static void Organization(XmlWriter xml, string eId, string name)
    {
        xml.WriteStartElement("TLCOrganization");
        xml.WriteAttributeString("eId", eId);
        xml.WriteAttributeString("href", $"/akn/ontology/organizations/un/{eId}");
        xml.WriteAttributeString("showAs", Clean(name));
        xml.WriteEndElement();
    }

    private static List<Sponsor> ActiveSponsors(Resolution resolution) => [.. resolution.Sponsors.Where(s => s.IsActive)];

    private static string OrganId(Organ organ) => organ.IsSecurityCouncil ? "unsc" : organ == Organ.GeneralAssembly ? "unga" : Slug(organ.Name);

    private static string SponsorId(Sponsor sponsor) => "sponsor-" + Slug(sponsor.Name);

    /// <summary>Letters and digits kept, everything else one '-': "S/2020/123" → "S-2020-123", "Côte d'Ivoire" → "C-te-d-Ivoire".</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "x";
    }

    private static string Clean(string text) => XmlChars.Clean(text);
}
