using System.IO.Compression;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The XML files of an uploaded .zip, read within limits so that no archive can exhaust memory or time: at most
/// <see cref="MaxEntries"/> entries, each expanding to at most <see cref="MaxEntryBytes"/> (counted while reading, since a
/// declared size can lie) at a plausible compression ratio, and <see cref="MaxTotalBytes"/> in all. An entry over a limit
/// is refused with its name and the limit; the others are still read.
/// </summary>
public static class LibraryZip
{
    /// <summary>The most entries read from one archive.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>The most bytes one entry may expand to.</summary>
    public const long MaxEntryBytes = 8 * 1024 * 1024;

    /// <summary>The most bytes all entries together may expand to.</summary>
    public const long MaxTotalBytes = 128 * 1024 * 1024;

    /// <summary>A ratio of expanded to compressed size beyond which a large entry is taken for a zip bomb (XML compresses about 10:1).</summary>
    public const int MaxRatio = 100;

    /// <summary>The entries of <paramref name="archive"/>: each an XML file's bytes, or the reason it was refused.</summary>
    /// <exception cref="InvalidDataException">The archive itself cannot be read.</exception>
    public static IEnumerable<(string File, byte[]? Content, string? Refusal)> Entries(Stream archive)
    {
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        var files = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        long total = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var entry = files[i];
            var name = entry.FullName.Length > 300 ? entry.FullName[..300] : entry.FullName;
            if (i >= MaxEntries)
            {
                yield return (name, null, $"the archive holds {files.Count:N0} files; only the first {MaxEntries:N0} are read.");
                continue;
            }

            if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                yield return (name, null, "not an .xml file: only Akoma Ntoso XML is imported.");
                continue;
            }

            if (entry.Length > MaxEntryBytes)
            {
                yield return (name, null, $"it expands to {entry.Length:N0} bytes, more than the {MaxEntryBytes:N0} a file may hold.");
                continue;
            }

            if (entry.Length > 1024 * 1024 && entry.Length > (long)MaxRatio * Math.Max(entry.CompressedLength, 1))
            {
                yield return (name, null, $"it expands {entry.Length / Math.Max(entry.CompressedLength, 1):N0} times its compressed size: refused as a zip bomb.");
                continue;
            }

            if (total + entry.Length > MaxTotalBytes)
            {
                yield return (name, null, $"the archive expands to more than {MaxTotalBytes:N0} bytes in all; this file and the rest were not read.");
                continue;
            }

            var (content, refusal) = ReadBounded(entry);
            total += content?.Length ?? 0;
            yield return (name, content, refusal);
        }
    }

    /// <summary>Reads an entry, stopping one byte past the limit whatever size it declared.</summary>
    private static (byte[]? Content, string? Refusal) ReadBounded(ZipArchiveEntry entry)
    {
        try
        {
            using var source = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxEntryBytes)
                {
                    return (null, $"it expands to more than the {MaxEntryBytes:N0} bytes a file may hold (its declared size was {entry.Length:N0}).");
                }
            }

            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException failure)
        {
            return (null, $"its compressed data is damaged: {failure.Message}");
        }
    }
}
