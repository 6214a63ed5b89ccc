using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using static Drafting.Model.Tests.Import.Docx.WordFile;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>Files that are not readable Word documents, as people send them; shared by the model and API tests.</summary>
internal static class BadWordFiles
{
    public static byte[] PlainText => Encoding.UTF8.GetBytes("The Security Council,\n\n1. Decides to act.");

    public static byte[] ZipWithoutDocument => Zip(("notes.txt", "hello"), ("[Content_Types].xml", "<Types/>"));

    public static byte[] OpenDocument => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    /// <summary>The first bytes of an OLE compound file (.doc), then filler.</summary>
    public static byte[] LegacyDoc => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]];

    /// <summary>An OLE compound file with the stream names of an encrypted OOXML package.</summary>
    public static byte[] Encrypted => [.. LegacyDoc, .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage")];

    public static byte[] OverTheSizeLimit => [0x50, 0x4B, 0x03, 0x04, .. new byte[9 * 1024 * 1024]];

    /// <summary>A small zip whose directory declares an entry of nearly 4 GB unpacked.</summary>
    public static byte[] DeclaresHugeSizes
    {
        get
        {
            var zip = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('a', 1000)));
            for (var i = 0; i + 28 < zip.Length; i++)
            {
                if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02)
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 0xFFFFFFF0u);
                }
            }

            return zip;
        }
    }

    /// <summary>A macro-enabled document (.docm) with a VBA project part.</summary>
    public static byte[] MacroEnabled
    {
        get
        {
            var text = new WordFile().Add(P(R("The Security Council,")), P(R("1. "), I("Decides"), R(" to act."))).Bytes();
            using var stream = new MemoryStream();
            using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument))
            {
                using var source = WordprocessingDocument.Open(new MemoryStream(text), false);
                var main = document.AddMainDocumentPart();
                main.Document = (DocumentFormat.OpenXml.Wordprocessing.Document)source.MainDocumentPart!.Document!.CloneNode(true);
                var vba = main.AddNewPart<VbaProjectPart>();
                using var vbaStream = new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 1, 2, 3]);
                vba.FeedData(vbaStream);
            }

            return stream.ToArray();
        }
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
