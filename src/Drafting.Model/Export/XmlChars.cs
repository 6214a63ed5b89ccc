using System.Xml;

namespace Drafting.Model.Export;

/// <summary>Keeps characters XML 1.0 cannot hold (control characters, lone surrogates) out of the XML writers' output.</summary>
internal static class XmlChars
{
    /// <summary><paramref name="text"/> with every character XML cannot hold replaced by U+FFFD.</summary>
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValidAt(text, i))
            {
                return Replace(text);
            }
        }

        return text;
    }

    private static string Replace(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!IsValidAt(text, i))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool IsValidAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return XmlConvert.IsXmlChar(c);
    }
}
