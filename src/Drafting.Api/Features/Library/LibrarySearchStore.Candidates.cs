using Dapper;
using Drafting.Model.Library;
using System.Data.Common;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The reads of the agreed-language check and of a paragraph's history: library paragraphs with the same words, and
/// candidates found by a paragraph's rarest words, scored by the words they share with it.
/// </summary>
public sealed partial class LibrarySearchStore
{
    /// <summary>How many matches a candidate query may have at most, by its words' frequencies, to be sent with others in one statement (PostgreSQL), unless <c>Drafting:Library:BatchedMatches</c> says otherwise.</summary>
    public const int DefaultBatchedMatches = 5_000;

    /// <summary>How many candidate queries one statement sends (PostgreSQL).</summary>
    private const int BatchSize = 50;

    /// <summary>How many of a paragraph's rarest words its narrow query holds, all of them.</summary>
    private const int NarrowWords = 3;

    private readonly long _batchedMatches = Math.Max(0, configuration.GetValue("Drafting:Library:BatchedMatches", DefaultBatchedMatches));

    /// <summary>
    /// The library paragraphs closest to a paragraph searched by <paramref name="search"/> (its rarest words, rarest
    /// first), at most <paramref name="count"/>, best first, each at least <see cref="AgreedLanguage.Threshold"/> by
    /// <paramref name="similarity"/>: among those holding its three rarest words when one of them is that close, else
    /// among those holding two of its words at least.
    /// </summary>
    public async Task<IReadOnlyList<ScoredHit>> CandidatesAsync(
        CandidateSearch search, Func<LibraryCandidate, double, double> similarity, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Words.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await CandidatesAsync(connection, search, similarity, count, cancellationToken);
    }

    /// <summary>
    /// Candidates for many paragraphs (<paramref name="similarity"/> scores a candidate for the paragraph of that index):
    /// the agreed-language check of a whole draft. <paramref name="frequency"/> says how many library paragraphs hold a word.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ScoredHit>>> CandidatesAsync(
        IReadOnlyList<CandidateSearch> paragraphs, Func<string, long> frequency, Func<int, LibraryCandidate, double, double> similarity, int count, CancellationToken cancellationToken)
    {
        var found = new IReadOnlyList<ScoredHit>[paragraphs.Count];
        // A long draft's searches share one connection per core: reads run side by side (SQLite's in WAL mode too), and
        // on threads of their own, since Microsoft.Data.Sqlite answers its async calls synchronously.
        var lanes = paragraphs.Count < 16 ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 4);
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => Task.Run(
            async () =>
            {
                var mine = Enumerable.Range(0, paragraphs.Count).Where(i => i % lanes == lane).ToList();
                foreach (var i in mine.Where(i => paragraphs[i].Words.Count == 0))
                {
                    found[i] = [];
                }

                await using var connection = await database.OpenAsync(cancellationToken);
                var searched = mine.Where(i => paragraphs[i].Words.Count > 0).ToList();
                if (Postgres)
                {
                    await BatchedCandidatesAsync(connection, searched, paragraphs, frequency, similarity, count, found, cancellationToken);
                    return;
                }

                foreach (var i in searched)
                {
                    found[i] = await CandidatesAsync(connection, paragraphs[i], (c, atLeast) => similarity(i, c, atLeast), count, cancellationToken);
                }
            },
            cancellationToken)));
        return found;
    }

    /// <summary>
    /// PostgreSQL: the candidates of many paragraphs in a few statements instead of one to three round trips each
    /// (hundreds for a draft of 400 paragraphs, half of them edited): the narrow queries of all the paragraphs
    /// (<see cref="BatchSize"/> to a statement), then the wide queries of those whose narrow one found nothing close,
    /// then the closest of all, read whole. A query whose words' frequencies allow more than
    /// <see cref="DefaultBatchedMatches"/> matches (<c>Drafting:Library:BatchedMatches</c>) runs alone, as the
    /// paragraph's whole search: one plan serves every query of a statement and reads each from the GIN index, where the
    /// planner may walk the newest paragraphs for a query of common words.
    /// </summary>
    private async Task BatchedCandidatesAsync(
        DbConnection connection, IReadOnlyList<int> searched, IReadOnlyList<CandidateSearch> paragraphs, Func<string, long> frequency,
        Func<int, LibraryCandidate, double, double> similarity, int count, IReadOnlyList<ScoredHit>[] found, CancellationToken cancellationToken)
    {
        var closest = new Dictionary<int, IReadOnlyList<(long Id, double Similarity)>>();
        var alone = new List<int>();
        var wide = new List<int>();
        var wideAlone = new List<int>();
        void Widen(int i) => (WideBound(paragraphs[i].Words, frequency) <= _batchedMatches ? wide : wideAlone).Add(i);
        var narrow = new List<int>();
        foreach (var i in searched)
        {
            if (paragraphs[i].Words.Count < NarrowWords)
            {
                Widen(i);
            }
            else
            {
                (paragraphs[i].Words.Take(NarrowWords).Min(frequency) <= _batchedMatches ? narrow : alone).Add(i);
            }
        }

        foreach (var (i, scored) in await ClosestOfManyAsync(connection, narrow, i => (NarrowMatch(paragraphs[i].Words), paragraphs[i]), Candidates, similarity, count, cancellationToken))
        {
            if (scored.Count > 0)
            {
                closest[i] = scored;
            }
            else
            {
                Widen(i);
            }
        }

        foreach (var (i, scored) in await ClosestOfManyAsync(connection, wide, i => (WideMatch(paragraphs[i].Words), paragraphs[i]), WideMatches, similarity, count, cancellationToken))
        {
            closest[i] = scored;
        }

        var rows = (await RowsAsync(connection, null, "id", [.. closest.Values.SelectMany(s => s.Select(c => c.Id)).Distinct()], cancellationToken))
            .ToDictionary(row => row.ParagraphId);
        foreach (var (i, scored) in closest)
        {
            found[i] = [.. scored.Where(c => rows.ContainsKey(c.Id)).Select(c => new ScoredHit(rows[c.Id], c.Similarity))];
        }

        foreach (var i in alone)
        {
            found[i] = await CandidatesAsync(connection, paragraphs[i], (c, atLeast) => similarity(i, c, atLeast), count, cancellationToken);
        }

        foreach (var i in wideAlone)
        {
            found[i] = await ClosestAsync(connection, WideMatch(paragraphs[i].Words), paragraphs[i], WideMatches, (c, atLeast) => similarity(i, c, atLeast), count, cancellationToken);
        }
    }

    /// <summary>
    /// The closest of each paragraph's newest <paramref name="limit"/> matches of its query, <see cref="BatchSize"/>
    /// queries to a statement (PostgreSQL). "+ 0" is no column of the key index: each query reads its matches from the
    /// GIN index and sorts them.
    /// </summary>
    private static async Task<IReadOnlyList<(int Index, IReadOnlyList<(long Id, double Similarity)> Closest)>> ClosestOfManyAsync(
        DbConnection connection, IReadOnlyList<int> indices, Func<int, (string Match, CandidateSearch Search)> query, int limit, Func<int, LibraryCandidate, double, double> similarity, int count, CancellationToken cancellationToken)
    {
        var closest = new List<(int, IReadOnlyList<(long, double)>)>();
        foreach (var batch in indices.Chunk(BatchSize))
        {
            var queries = batch.Select(query).ToArray();
            var newest = (await connection.QueryAsync<(long Ordinal, long Id, long SearchKey, string DocumentId, string Words)>(new CommandDefinition(
                $"""
                SELECT q.ordinal, p.id, p.search_key, p.document_id, p.words
                FROM unnest(@matches::text[], @fewest::integer[], @most::integer[]) WITH ORDINALITY AS q(match, fewest, most, ordinal)
                CROSS JOIN LATERAL (
                    SELECT id, search_key, document_id, words FROM library_paragraphs
                    WHERE search @@ to_tsquery('simple', q.match) AND kind <> 'heading' ORDER BY search_key + 0 DESC LIMIT @limit
                ) p
                WHERE {WordCount("p.words")} BETWEEN q.fewest AND q.most
                """,
                new
                {
                    matches = queries.Select(q => q.Match).ToArray(),
                    fewest = queries.Select(q => q.Search.FewestWords).ToArray(),
                    most = queries.Select(q => q.Search.MostWords).ToArray(),
                    limit = (long)limit,
                },
                cancellationToken: cancellationToken))).ToLookup(row => row.Ordinal);
            closest.AddRange(batch.Select((i, at) => (i, (IReadOnlyList<(long, double)>)Closest(
                newest[at + 1].OrderByDescending(row => row.SearchKey).Select(row => (row.Id, row.DocumentId, row.Words)),
                (c, atLeast) => similarity(i, c, atLeast),
                count))));
        }

        return closest;
    }

    /// <summary>
    /// The most matches the wide query of <paramref name="terms"/> may have: each pair's matches are at most its rarer
    /// word's paragraphs.
    /// </summary>
    private static long WideBound(IReadOnlyList<string> terms, Func<string, long> frequency) =>
        terms.Count == 1
            ? frequency(terms[0])
            : Pairs(terms).Sum(pair => Math.Min(frequency(pair.First), frequency(pair.Second)));

    /// <summary>
    /// The library paragraphs with the same words as each fingerprint, newest adoption first: copied agreed language,
    /// found for a whole draft in one query. Keyed by fingerprint.
    /// </summary>
    public async Task<ILookup<string, LibraryHitRow>> SameWordsAsync(IReadOnlyCollection<string> fingerprints, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = new List<(string Fingerprint, LibraryHitRow Row)>();
        foreach (var chunk in fingerprints.Distinct().Chunk(500))
        {
            // Dapper expands a list for SQLite; Npgsql takes it as one array parameter.
            var rows = await connection.QueryAsync<string, LibraryHitRow, (string, LibraryHitRow)>(new CommandDefinition(
                $"""
                SELECT p.fingerprint, p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
                FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
                WHERE p.fingerprint {(Postgres ? "= ANY(@chunk)" : "IN @chunk")} AND p.kind <> 'heading'
                ORDER BY d.sort_key, p.position
                """,
                new { chunk }, cancellationToken: cancellationToken),
                (fingerprint, row) => (fingerprint, row), splitOn: "paragraph_id");
            found.AddRange(rows);
        }

        return found.ToLookup(f => f.Fingerprint, f => f.Row);
    }

    private async Task<IReadOnlyList<ScoredHit>> CandidatesAsync(
        DbConnection connection, CandidateSearch search, Func<LibraryCandidate, double, double> similarity, int count, CancellationToken cancellationToken)
    {
        if (search.Words.Count >= NarrowWords)
        {
            // A lightly edited paragraph keeps its three rarest words: one narrow query finds its source, most times.
            var narrow = await ClosestAsync(connection, NarrowMatch(search.Words), search, Candidates, similarity, count, cancellationToken);
            if (narrow.Count > 0)
            {
                return narrow;
            }
        }

        return await ClosestAsync(connection, WideMatch(search.Words), search, WideMatches, similarity, count, cancellationToken);
    }

    /// <summary>The narrow query of a paragraph's candidate words (rarest first): its three rarest words, all of them.</summary>
    private string NarrowMatch(IReadOnlyList<string> words) => Match([All(Terms(words).Take(NarrowWords))]);

    /// <summary>
    /// The wide query: two of its words at least (any one alone would bring every paragraph holding a word that is rare
    /// in itself but repeated across the years of a series).
    /// </summary>
    private string WideMatch(IReadOnlyList<string> words)
    {
        var terms = Terms(words);
        return Match(terms.Count == 1 ? terms : [.. Pairs(terms).Select(pair => All([pair.First, pair.Second]))]);
    }

    /// <summary>Every two of <paramref name="terms"/>, each pair once, in their order.</summary>
    private static IEnumerable<(string First, string Second)> Pairs(IReadOnlyList<string> terms) =>
        terms.SelectMany((first, i) => terms.Skip(i + 1).Select(second => (first, second)));

    /// <summary>
    /// SQL counting the words of stored normalized words (one space apart) by their spaces: a candidate too short or too
    /// long to be close is left in the database, its words never read.
    /// </summary>
    private static string WordCount(string column) => $"(length({column}) - length(replace({column}, ' ', '')) + 1)";

    private List<string> Terms(IReadOnlyList<string> words) => Postgres ? [.. words] : [.. words.Select(w => $"\"{w}\"")];

    private string Match(IEnumerable<string> any) => Postgres ? string.Join(" | ", any) : $"words : ({string.Join(" OR ", any)})";

    private string All(IEnumerable<string> all) => $"({string.Join(Postgres ? " & " : " AND ", all)})";

    /// <summary>
    /// The closest of a candidate query's newest <paramref name="limit"/> matches. Ranking every match (bm25, ts_rank)
    /// would read every paragraph holding each word of the query (the wide one's fifteen pairs of six words: thirty
    /// doclists read in full, ~50 ms on SQLite for a paragraph of ordinary words; the narrow one's three words, thousands
    /// of paragraphs when they are common). Each match is scored by its stored normalized words, the newest first among
    /// equals, and only the best <paramref name="count"/> are read whole.
    /// </summary>
    private async Task<IReadOnlyList<ScoredHit>> ClosestAsync(
        DbConnection connection, string match, CandidateSearch search, int limit, Func<LibraryCandidate, double, double> similarity, int count, CancellationToken cancellationToken)
    {
        var newest = await connection.QueryAsync<(long Id, string DocumentId, string Words)>(new CommandDefinition(
            Postgres
                ? $"""
                  SELECT id, document_id, words FROM (
                      SELECT id, document_id, words, search_key FROM library_paragraphs
                      WHERE search @@ to_tsquery('simple', @match) AND kind <> 'heading' ORDER BY search_key DESC LIMIT @limit
                  ) newest
                  WHERE {WordCount("words")} BETWEEN @fewest AND @most ORDER BY search_key DESC
                  """
                : $"""
                  WITH newest AS (SELECT rowid AS search_key FROM library_fts WHERE library_fts MATCH @match ORDER BY rowid DESC LIMIT @limit)
                  SELECT p.id, p.document_id, p.words FROM newest JOIN library_paragraphs p ON p.search_key = newest.search_key
                  WHERE {WordCount("p.words")} BETWEEN @fewest AND @most ORDER BY newest.search_key DESC
                  """,
            new { match, limit = (long)limit, fewest = search.FewestWords, most = search.MostWords }, cancellationToken: cancellationToken));
        var best = Closest(newest, similarity, count);
        var similarities = best.ToDictionary(scored => scored.Id, scored => scored.Similarity);
        // Read in the order of the ids: best first, the newest first among equals.
        var rows = await RowsAsync(connection, null, "id", [.. best.Select(scored => scored.Id)], cancellationToken);
        return [.. rows.Select(row => new ScoredHit(row, similarities[row.ParagraphId]))];
    }

    /// <summary>
    /// The closest <paramref name="count"/> of <paramref name="newest"/> (newest first), each at least
    /// <see cref="AgreedLanguage.Threshold"/>, best first and the newest first among equals, scored by its stored words.
    /// Once <paramref name="count"/> are kept, a candidate is scored only as far as it could still beat the last of
    /// them (<paramref name="similarity"/>'s second argument, the least similarity that counts).
    /// </summary>
    internal static List<(long Id, double Similarity)> Closest(
        IEnumerable<(long Id, string DocumentId, string Words)> newest, Func<LibraryCandidate, double, double> similarity, int count)
    {
        var closest = new List<(long Id, double Similarity)>(count + 1);
        foreach (var row in newest)
        {
            // A candidate only as close as the last kept is older than it: it must be closer to take its place.
            var atLeast = closest.Count < count ? AgreedLanguage.Threshold : Math.BitIncrement(closest[^1].Similarity);
            var score = similarity(new LibraryCandidate(row.DocumentId, row.Words), atLeast);
            if (score < atLeast)
            {
                continue;
            }

            var at = closest.FindIndex(kept => kept.Similarity < score);
            closest.Insert(at < 0 ? closest.Count : at, (row.Id, score));
            if (closest.Count > count)
            {
                closest.RemoveAt(count);
            }
        }

        return closest;
    }
}
