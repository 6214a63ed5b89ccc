using System.Globalization;
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
public static class AknLibraryReader
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

        var statement = root.Elements().FirstOrDefault(e => e.Name.NamespaceName == Namespace);
        var body = statement?.Element(Akn("mainBody"));
        if (statement is null || body is null)
        {
            return AknReading.Refused("it holds no resolution: there is no document with a <mainBody> (the operative part).");
        }

        var symbol = Symbol(statement);
        if (symbol is null)
        {
            return AknReading.Refused("it names no symbol: there is no <docNumber> in its cover page or preface.");
        }

        var paragraphs = AknParagraphs.Read(statement.Element(Akn("preamble")), body);
        if (!paragraphs.Any(p => p.Kind == LibraryParagraphKind.Operative))
        {
            return AknReading.Refused($"{symbol} holds no operative paragraph.");
        }

        if (paragraphs.FirstOrDefault(p => p.Text.Length > Resolutions.Clause.MaxTextLength) is { } longest)
        {
            return AknReading.Refused($"{symbol} {longest.Reference}: {longest.Text.Length:N0} characters, more than the {Resolutions.Clause.MaxTextLength:N0} a paragraph may hold.");
        }

        var organ = Organ(statement, symbol);
        var formula = statement.Element(Akn("preamble"))?.Element(Akn("formula")) is { } f ? AknText.Of(f) : null;
        return AknReading.Read(new AdoptedText(
            symbol,
            organ,
            AdoptionDate(statement),
            Session(statement),
            AgendaItem(statement),
            Title(statement),
            string.IsNullOrEmpty(formula) ? $"The {organ}," : formula,
            paragraphs));
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

    /// <summary>The agenda item on the cover page (<c>inline name="agenda item" title="84"</c>), else the classification's.</summary>
    private static string? AgendaItem(XElement statement)
    {
        var cover = statement.Element(Akn("coverPage"))?.Descendants(Akn("inline")).FirstOrDefault(i => (string?)i.Attribute("name") == "agenda item");
        var value = (string?)cover?.Attribute("title")
            ?? (string?)statement.Descendants(Akn("keyword")).FirstOrDefault(k => (string?)k.Attribute("refersTo") == "agenda")?.Attribute("value");
        value = value is null ? null : AknText.Collapse(value);
        return string.IsNullOrEmpty(value) || value.Length > 100 ? null : value;
    }

    /// <summary>The title in the preface (General Assembly); Security Council resolutions have none.</summary>
    private static string? Title(XElement statement)
    {
        var title = statement.Element(Akn("preface"))?.Descendants(Akn("docTitle")).FirstOrDefault();
        var text = title is null ? null : AknText.Of(title);
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
