using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Drafting.Model.Library;

/// <summary>
/// Reads an adopted resolution from official Akoma Ntoso (AKN4UN, as the UNxml corpora publish it) into an
/// <see cref="AdoptedText"/>, from the XML structure alone. The file is untrusted: no DTD is processed (a DOCTYPE is
/// refused, so no entity, internal or external, is ever expanded), no external resource is resolved, and a file over
/// <see cref="MaxCharacters"/> characters is refused before it is held in memory whole. A file that is not Akoma Ntoso,
/// or holds no resolution, is refused with the reason; the reader never throws on bad input.
/// </summary>
public static partial class AknLibraryReader
{
    /// <summary>The Akoma Ntoso 3.0 namespace.</summary>
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The most characters one file may hold (the largest official resolution is under 200,000).</summary>
    public const long MaxCharacters = 8_000_000;

    /// <summary>Reads the Akoma Ntoso document in <paramref name="xml"/>; the stream is read, not disposed.</summary>
    public static AknReading Read(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException failure) when (failure.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return AknReading.Refused("it declares a DTD (DOCTYPE); DTDs and entities, internal or external, are refused.");
        }
        catch (XmlException failure) when (failure.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || failure.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase))
        {
            return AknReading.Refused($"it holds more than {MaxCharacters:N0} characters.");
        }
        catch (XmlException failure)
        {
            return AknReading.Refused($"it is not well-formed XML (line {failure.LineNumber}, position {failure.LinePosition}): {failure.Message}");
        }

        return Read(document);
    }

    /// <summary>Reads an already parsed document (its loading was the caller's to make safe).</summary>
    public static AknReading Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root;
        if (root is null || root.Name != Akn("akomaNtoso"))
        {
            return AknReading.Refused($"it is not Akoma Ntoso: the root element is <{root?.Name.LocalName}> in namespace '{root?.Name.NamespaceName}', not <akomaNtoso> in '{Namespace}'.");
        }

        var top = root.Elements().FirstOrDefault(e => e.Name.NamespaceName == Namespace);
        if (top is not null && top.Name == Akn("documentCollection"))
        {
            return ReadCollection(root, top);
        }

        if (top?.Element(Akn("mainBody")) is null)
        {
            return AknReading.Refused("it holds no resolution: there is no document with a <mainBody> (the operative part).");
        }

        if (Symbol(top) is not { } symbol)
        {
            return AknReading.Refused(NoSymbol);
        }

        if (Foreign(top, symbol) is { } foreign)
        {
            return AknReading.Refused(foreign);
        }

        var (text, refusal) = ReadText(top, top, symbol, Title(top));
        return text is not null ? AknReading.Read(text) : AknReading.Refused(refusal!);
    }

    private const string NoSymbol = "it names no symbol: there is no <docNumber> in its cover page or preface.";

    /// <summary>
    /// A resolution in parts ("A/RES/75/101 A-B"): a <c>documentCollection</c> whose <c>collectionBody</c> refers to
    /// the <c>components</c> holding each part's statement. Each part becomes a text of its own under the symbol the
    /// United Nations cite it by ("A/RES/75/101 B"), with its own title and paragraphs and the collection's organ,
    /// session and agenda item, as a part published in a file of its own is imported. One part refused refuses the file.
    /// </summary>
    private static AknReading ReadCollection(XElement root, XElement collection)
    {
        if (Symbol(collection) is not { } symbol)
        {
            return AknReading.Refused(NoSymbol);
        }

        if (Foreign(collection, symbol) is { } foreign)
        {
            return AknReading.Refused(foreign);
        }

        var parts = Parts(root, collection);
        if (parts.Count == 0)
        {
            return AknReading.Refused($"{symbol} holds no resolution: none of its components is a document with a <mainBody> (the operative part).");
        }

        var range = PartRange().Match(symbol);
        var stem = range.Success ? range.Groups["stem"].Value : symbol;
        var texts = new List<AdoptedText>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (statement, label, href) = parts[i];
            if (statement is null)
            {
                return AknReading.Refused($"{symbol}: its part {label ?? (i + 1).ToString(CultureInfo.InvariantCulture)} refers to '{href}', which is no component holding a document.");
            }

            var letter = PartLetter(statement, label) ?? ((char)('A' + i)).ToString();
            var partSymbol = $"{stem} {letter}";
            if (texts.Any(t => t.Symbol == partSymbol))
            {
                return AknReading.Refused($"{symbol}: two of its parts are both {partSymbol}.");
            }

            if (statement.Element(Akn("mainBody")) is null)
            {
                return AknReading.Refused($"{partSymbol} holds no resolution: its component has no <mainBody> (the operative part).");
            }

            var (text, refusal) = ReadText(statement, collection, partSymbol, Title(statement) ?? Title(collection));
            if (text is null)
            {
                return AknReading.Refused(refusal!);
            }

            texts.Add(text);
        }

        return AknReading.Read(texts);
    }

    /// <summary>
    /// The collection's parts in the order its <c>collectionBody</c> lists them (else the components' order), each with
    /// the label its reference shows ("Resolution A"); a reference to no component's document is a part without a
    /// statement (null), which refuses the file rather than leave the part out.
    /// </summary>
    private static List<(XElement? Statement, string? Label, string? Href)> Parts(XElement root, XElement collection)
    {
        var components = root.Element(Akn("components"))?.Elements(Akn("component")).ToList() ?? [];
        var references = collection.Element(Akn("collectionBody"))?.Elements(Akn("component")).Elements(Akn("documentRef")).ToList() ?? [];
        var listed = references.Count == 0
            ? components.Select(c => (Component: (XElement?)c, Label: (string?)null, Href: (string?)null))
            : references.Select(r => ((string?)r.Attribute("href"))?.TrimStart('#') is var href
                ? (Component: components.FirstOrDefault(c => (string?)c.Attribute("eId") == href), Label: (string?)r.Attribute("showAs"), Href: href)
                : default);
        return [.. listed.Select(p => (p.Component?.Elements().FirstOrDefault(e => e.Name.NamespaceName == Namespace), p.Label, p.Href))];
    }

    /// <summary>The part's letter: its preface's number ("A"), else the last word of its reference's label ("Resolution A"); null when neither is a letter or two.</summary>
    private static string? PartLetter(XElement statement, string? label)
    {
        var number = statement.Element(Akn("preface"))?.Descendants(Akn("docNumber")).Select(n => AknText.Of(n).TrimEnd('.')).FirstOrDefault();
        return new[] { number, label?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() }
            .FirstOrDefault(candidate => candidate is not null && Letters().IsMatch(candidate));
    }

    [GeneratedRegex(@"^(?<stem>.+?)\s+[A-Z]{1,2}\s*-\s*[A-Z]{1,2}$")]
    private static partial Regex PartRange();

    [GeneratedRegex("^[A-Z]{1,2}$")]
    private static partial Regex Letters();

    /// <summary>
    /// Why a text in another language than English is refused, or null: the library holds the English texts, which
    /// drafts are searched and checked against, and one symbol is one document, so a French file would replace the
    /// English text (the corpora hold one in the English folder: A/RES/75/274). A file naming no language is read.
    /// </summary>
    private static string? Foreign(XElement document, string symbol)
    {
        var language = ((string?)document.Element(Akn("meta"))?.Element(Akn("identification"))?.Element(Akn("FRBRExpression"))
            ?.Element(Akn("FRBRlanguage"))?.Attribute("language"))?.Trim();
        if (string.IsNullOrEmpty(language) || language.Equals("eng", StringComparison.OrdinalIgnoreCase) || language.Equals("en", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = language.ToLowerInvariant() switch
        {
            "ara" or "ar" => "Arabic",
            "zho" or "chi" or "zh" => "Chinese",
            "fra" or "fre" or "fr" => "French",
            "rus" or "ru" => "Russian",
            "spa" or "es" => "Spanish",
            "deu" or "ger" or "de" => "German",
            _ => null,
        };
        var named = name is null ? $"language '{language}'" : $"{name} (FRBRlanguage '{language}')";
        return $"{symbol} is in {named}: the library holds the English texts, which drafts are searched and checked against.";
    }

    /// <summary>The text of <paramref name="statement"/> under <paramref name="symbol"/>; what is on a cover page (organ, session, agenda item) is read from <paramref name="cover"/>.</summary>
    private static (AdoptedText? Text, string? Refusal) ReadText(XElement statement, XElement cover, string symbol, string? title)
    {
        var paragraphs = AknParagraphs.Read(statement.Element(Akn("preamble")), statement.Element(Akn("mainBody"))!);
        if (!paragraphs.Any(p => p.Kind == LibraryParagraphKind.Operative))
        {
            return (null, $"{symbol} holds no operative paragraph.");
        }

        if (paragraphs.FirstOrDefault(p => p.Text.Length > Resolutions.Clause.MaxTextLength) is { } longest)
        {
            return (null, $"{symbol} {longest.Reference}: {longest.Text.Length:N0} characters, more than the {Resolutions.Clause.MaxTextLength:N0} a paragraph may hold.");
        }

        var organ = Organ(cover, symbol);
        var formula = statement.Element(Akn("preamble"))?.Element(Akn("formula")) is { } f ? AknText.Of(f) : null;
        return (new AdoptedText(
            symbol,
            organ,
            AdoptionDate(statement) ?? AdoptionDate(cover),
            Session(cover),
            AgendaItem(cover, organ),
            title,
            string.IsNullOrEmpty(formula) ? $"The {organ}," : formula,
            paragraphs), null);
    }

    /// <summary>Secure settings: no DTD, no resolver, a character budget, comments and processing instructions dropped.</summary>
    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static XName Akn(string localName) => XName.Get(localName, Namespace);

    /// <summary>The symbol on the cover page (<c>docNumber refersTo="#symbol"</c>), else the first docNumber anywhere before the preamble.</summary>
    private static string? Symbol(XElement statement)
    {
        var cover = statement.Element(Akn("coverPage"));
        var numbers = (cover?.Descendants(Akn("docNumber")) ?? []).Concat(statement.Element(Akn("preface"))?.Descendants(Akn("docNumber")) ?? []).ToList();
        var chosen = numbers.FirstOrDefault(n => (string?)n.Attribute("refersTo") == "#symbol") ?? numbers.FirstOrDefault();
        var text = chosen is null ? null : AknText.Of(chosen).TrimEnd('.');
        return string.IsNullOrWhiteSpace(text) || text.Length > 100 ? null : text;
    }

    private static string Organ(XElement statement, string symbol)
    {
        var issuing = statement.Element(Akn("coverPage"))?.Descendants(Akn("docAuthority")).FirstOrDefault(a => (string?)a.Attribute("refersTo") == "#issuingBody");
        if (issuing is not null && AknText.Of(issuing) is { Length: > 0 and <= 200 } name)
        {
            return name;
        }

        var author = statement.Descendants(Akn("FRBRWork")).Elements(Akn("FRBRauthor")).Select(a => (string?)a.Attribute("href")).FirstOrDefault();
        return author switch
        {
            "ga" or "#ga" => "General Assembly",
            "sc" or "#sc" => "Security Council",
            _ => symbol.StartsWith("S/", StringComparison.Ordinal) ? "Security Council" : "General Assembly",
        };
    }

    /// <summary>
    /// The work's adoption date (<c>FRBRdate name="adoption"</c>), else the cover page's adoption date, else the workflow's
    /// "adopted" step: a few official files carry a placeholder (0001-01-01) in the first.
    /// </summary>
    private static DateOnly? AdoptionDate(XElement statement)
    {
        var candidates = new[]
        {
            statement.Descendants(Akn("FRBRWork")).Elements(Akn("FRBRdate")).FirstOrDefault(d => (string?)d.Attribute("name") == "adoption"),
            statement.Element(Akn("coverPage"))?.Descendants(Akn("docDate")).FirstOrDefault(d => (string?)d.Attribute("refersTo") == "#adoptionDate"),
            statement.Descendants(Akn("step")).FirstOrDefault(s => (string?)s.Attribute("outcome") == "adopted"),
        };
        foreach (var value in candidates.Select(c => (string?)c?.Attribute("date")))
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year > 1945)
            {
                return date;
            }
        }

        return null;
    }

    private static int? Session(XElement statement) =>
        statement.Element(Akn("coverPage"))?.Descendants(Akn("session")).Select(s => (string?)s.Attribute("value")).FirstOrDefault() is { } value
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session)
            ? session
            : null;

    /// <summary>
    /// The agenda item as the cover page prints it (<c>inline name="agenda item" title="84"</c>, else its words "Agenda
    /// item 74 (b)": the 75th and 76th sessions' files), else the classification's: the General Assembly's agenda number
    /// (<c>keyword refersTo="agenda" value="63" dictionary="A/76/251"</c>, which writes "74b" for "74 (b)"), the Security
    /// Council's item by its title (<c>dictionary="S/"</c>: "The situation concerning the Democratic Republic of the
    /// Congo"). The Council's numbered keywords (<c>value="[102]" dictionary="S/69"</c>) number subjects of its
    /// dictionary, not items of an agenda, and a Council text's Assembly keyword is the Assembly's item: neither is read.
    /// </summary>
    private static string? AgendaItem(XElement statement, string organ)
    {
        var cover = statement.Element(Akn("coverPage"))?.Descendants(Akn("inline")).FirstOrDefault(i => (string?)i.Attribute("name") == "agenda item");
        var stated = cover is null ? null : StatedAgendaItem().Match(AknText.Of(cover)) is { Success: true } match ? match.Groups["item"].Value : null;
        var keywords = statement.Descendants(Akn("keyword")).Where(k => (string?)k.Attribute("refersTo") == "agenda")
            .Select(k => (Value: ((string?)k.Attribute("value"))?.Trim(), Dictionary: (string?)k.Attribute("dictionary"), Title: (string?)k.Attribute("showAs"))).ToList();
        var classified = new Resolutions.Organ(organ).IsSecurityCouncil
            ? keywords.Where(k => k.Dictionary == "S/").Select(k => k.Title?.Trim().TrimEnd('.')).FirstOrDefault()
            : keywords.Where(k => k.Dictionary is null || k.Dictionary.StartsWith("A/", StringComparison.Ordinal))
                .Select(k => k.Value).FirstOrDefault(v => v is { Length: > 0 } && !v.StartsWith('['));
        var value = (string?)cover?.Attribute("title") ?? stated ?? classified;
        value = value is null ? null : AknText.Collapse(value);
        return string.IsNullOrEmpty(value) || value.Length > Resolutions.DraftNaming.MaxAgendaItem ? null : value;
    }

    [GeneratedRegex(@"^Agenda items?\s+(?<item>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatedAgendaItem();

    /// <summary>The title in the preface (General Assembly); Security Council resolutions have none.</summary>
    private static string? Title(XElement statement)
    {
        var title = statement.Element(Akn("preface"))?.Descendants(Akn("docTitle")).FirstOrDefault();
        var text = title is null ? null : AknText.Of(title);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
