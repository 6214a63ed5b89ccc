using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Once a node listens, checks a few texts made from the library's newest paragraphs, off any request: the first check
/// a delegate asked after a start paid for loading the word counts, compiling the check's code and the first plans,
/// a few hundred milliseconds over a warm check of a 400-paragraph draft. Nothing it finds is shown to anyone; a
/// node with no library does nothing, and a failure is logged, never fatal.
/// </summary>
public sealed class AgreedLanguageWarmUp(
    DraftingDatabase database, AgreedLanguageCheck check, IHostApplicationLifetime lifetime, ILogger<AgreedLanguageWarmUp> logger) : BackgroundService
{
    /// <summary>How many library paragraphs the texts are made from.</summary>
    private const int Paragraphs = 24;

    private readonly TaskCompletionSource<int> _checked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the warm-up has run, with how many texts it checked (0 with an empty library or after a failure).</summary>
    public Task<int> Checked => _checked.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // After the start: migrations have run, and the node's first requests are not kept waiting by it.
            using (var startedOrStopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStarted, stoppingToken))
            {
                await Task.Delay(Timeout.Infinite, startedOrStopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            stoppingToken.ThrowIfCancellationRequested();
            var texts = await TextsAsync(stoppingToken);
            var found = texts.Count == 0 ? null
                : await check.CheckAsync(Guid.Empty, [.. texts.Select((text, i) => new CitedClause(new ClauseId($"warm-up-{i}"), "", text))], stoppingToken);
            _checked.TrySetResult(found?.Clauses.Count ?? 0);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "Warming up the agreed-language check failed; the first check will do it");
            _checked.TrySetResult(0);
        }
        finally
        {
            _checked.TrySetCanceled(stoppingToken);
        }
    }

    /// <summary>
    /// The newest paragraphs each without its last word, so that the searches run (a copy would be found by its
    /// fingerprint alone), and each first half joined to the next one's second half, which most often has no source.
    /// </summary>
    private async Task<IReadOnlyList<string>> TextsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var newest = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT text FROM library_paragraphs WHERE kind <> 'heading' ORDER BY search_key DESC LIMIT @count",
            new { count = (long)Paragraphs }, cancellationToken: cancellationToken))).Select(text => text.Split(' ')).Where(words => words.Length >= 4).ToList();
        string Joined(string[] first, string[] second) => string.Join(' ', first[..(first.Length / 2)].Concat(second[(second.Length / 2)..]));
        return [.. newest.Select(words => string.Join(' ', words[..^1])), .. newest.Select((words, i) => Joined(words, newest[(i + 1) % newest.Count]))];
    }
}
