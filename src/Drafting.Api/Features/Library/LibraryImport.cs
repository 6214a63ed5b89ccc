using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Imports Akoma Ntoso files into the library, one file at a time: each is read by <see cref="AknLibraryReader"/> and
/// stored in a transaction of its own (a resolution in parts, each part a document, in one), so a refused or failing file leaves the others imported and reported. The one
/// path of the REST upload (one XML file or a .zip) and of the <c>library import</c> command.
/// </summary>
public sealed class LibraryImport(LibraryStore store, ILogger<LibraryImport> logger)
{
    /// <summary>Imports <paramref name="files"/>; <paramref name="progress"/> hears of each file as it is done.</summary>
    public async Task<ImportReportDto> ImportAsync(
        IEnumerable<(string File, byte[]? Content, string? Refusal)> files, Action<int, string>? progress, CancellationToken cancellationToken)
    {
        var imported = new List<ImportedFileDto>();
        var refused = new List<RefusedFileDto>();
        var done = 0;
        foreach (var (file, content, refusal) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (content is null)
            {
                refused.Add(new RefusedFileDto(file, refusal ?? "it could not be read."));
            }
            else
            {
                var reading = AknLibraryReader.Read(new MemoryStream(content, writable: false));
                if (reading.Texts.Count > 0)
                {
                    var saved = await store.SaveAsync(reading.Texts, file, cancellationToken);
                    imported.AddRange(reading.Texts.Zip(saved, (text, s) => new ImportedFileDto(file, s.Id, text.Symbol, s.ReplacedFile is not null, s.ReplacedFile)));
                }
                else
                {
                    refused.Add(new RefusedFileDto(file, reading.Refusal!));
                }
            }

            progress?.Invoke(++done, file);
        }

        logger.LogInformation("Library import: {Imported} resolutions from {Files} files imported, {Refused} refused", imported.Count, imported.Select(i => i.File).Distinct().Count(), refused.Count);
        return new ImportReportDto(imported, refused);
    }

    /// <summary>The XML files under <paramref name="folder"/> (any depth, in name order), each within the size limit.</summary>
    public static IEnumerable<(string File, byte[]? Content, string? Refusal)> Folder(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path);
            var length = new FileInfo(path).Length;
            yield return length > LibraryZip.MaxEntryBytes
                ? (name, null, $"it holds {length:N0} bytes, more than the {LibraryZip.MaxEntryBytes:N0} a file may hold.")
                : (name, File.ReadAllBytes(path), null);
        }
    }
}
