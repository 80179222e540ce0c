using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Index;
using NewsBot.Core.Passages;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Reads articles from files, folders (recursive), feeds and URLs, splits them into passages and stores them.
/// A bad input is reported by name with the reason; everything good around it is still ingested.
/// </summary>
public sealed class ArticleIngester(PassageIndex index, ArticleFetcher fetcher, IOptions<IngestOptions> options, ILogger<ArticleIngester> logger)
{
    /// <summary>Ingests every path; with <paramref name="sync"/>, articles whose files are gone from an ingested folder are removed.</summary>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, bool sync, CancellationToken cancellationToken)
    {
        var tally = new IngestTally();

        // [1] Find: folders become files in a stable order; skipped and missing paths are counted.
        var inputs = new List<IngestInput>();
        foreach (var path in paths)
            IngestInputFinder.Find(path, inputs, tally);

        // [2] Read and split on a worker while [3] this thread stores, in input order (which copy of a
        // duplicate wins must not depend on timing). The bounded channel keeps memory flat on big folders.
        var channel = Channel.CreateBounded<ReadInput>(new BoundedChannelOptions(64) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Func<string, bool> seen;
        var reading = Task.Run(() => ReadAllAsync(inputs, channel.Writer, stop.Token), CancellationToken.None);
        using (var writer = new IngestWriter(index, tally, Math.Max(1, options.Value.BatchSize)))
        {
            try
            {
                // Commit whenever the readers fall behind (e.g. a slow feed), so the write lock is never held while waiting.
                while (await channel.Reader.WaitToReadAsync(cancellationToken))
                {
                    while (channel.Reader.TryRead(out var item))
                        writer.Write(item);
                    writer.Commit();
                }
                writer.Finish();
            }
            finally
            {
                await stop.CancelAsync();
                await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            seen = writer.WasSeen;
        }

        // [4] Sync (after the last commit: removal takes the write lock): stored articles from a named folder
        // that this run neither read nor failed to read are gone.
        if (sync)
            RemoveGone(paths, seen, tally);

        var report = tally.ToReport();
        IngestLog.Finished(logger, report.Files, report.Added, report.Updated, report.Unchanged, report.Removed,
            report.Duplicates.Count, report.Problems.Count, report.Skipped, report.Passages);
        return report;
    }

    private async Task ReadAllAsync(List<IngestInput> inputs, ChannelWriter<ReadInput> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            foreach (var input in inputs)
                await writer.WriteAsync(await ReadAsync(input, cancellationToken), cancellationToken);
        }
        catch (Exception e)
        {
            // Handed to the storing side, which rethrows it from ReadAllAsync: nothing is swallowed here.
            failure = e;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }

    private async Task<ReadInput> ReadAsync(IngestInput input, CancellationToken cancellationToken)
    {
        try
        {
            ArticleReadResult result;
            if (input.IsUrl)
            {
                var download = await fetcher.FetchAsync(new Uri(input.Location), cancellationToken);
                var text = ArticleTextDecoder.Decode(download.Bytes);
                var format = ArticleParser.FormatOfDownload(download.MediaType, text);
                result = ArticleParser.Parse(format, text, input.DefaultId, download.Url.ToString());
            }
            else
            {
                var bytes = await ReadFileAsync(input.Location, cancellationToken);
                result = ArticleParser.Parse(input.Format!.Value, ArticleTextDecoder.Decode(bytes), input.DefaultId);
            }
            var prepared = new List<PreparedArticle>(result.Articles.Count);
            foreach (var article in result.Articles)
                prepared.Add(new PreparedArticle(article, PassageSplitter.Split(article), ContentHash.OfText(article.Text)));
            return new ReadInput(input, prepared, result.RecordProblems, Failed: false);
        }
        catch (ArticleFormatException e)
        {
            return Fail(input, e.Message, null);
        }
        catch (ArticleFetchException e)
        {
            return Fail(input, e.Message, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(input, $"unreadable: {e.Message}", null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug on one odd file must not stop the other 2,224: report it, log the stack.
            return Fail(input, $"could not be read ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private ReadInput Fail(IngestInput input, string reason, Exception? exception)
    {
        IngestLog.InputFailed(logger, input.Location, reason, exception);
        return ReadInput.Failure(input, reason);
    }

    /// <summary>
    /// The file's bytes, never more than <c>Ingest:MaxFileBytes</c>. A length of 0 is refused without opening the
    /// file: that is an empty file, or a FIFO or device (a symlink to /dev/zero, say), which would block or never end.
    /// </summary>
    private async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxFileBytes;
        var file = new FileInfo(path);
        // A symlink's own length is that of its target's name: look at what it finally points to.
        var length = (file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file).Length;
        if (length == 0)
            throw new ArticleFormatException(EmptyOrSpecialFile);
        if (length > limit)
            throw new ArticleFormatException(TooLarge(length, limit));
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        using var bytes = new MemoryStream((int)length);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bytes.Length + read > limit)
                throw new ArticleFormatException(TooLarge(bytes.Length + read, limit)); // it grew while being read
            bytes.Write(buffer, 0, read);
        }
        return bytes.ToArray();
    }

    private const string EmptyOrSpecialFile = "empty file (or not a regular file)";

    private static string TooLarge(long length, long limit) =>
        $"too large: {length:N0} bytes (limit {limit:N0}, Ingest:MaxFileBytes)";

    private void RemoveGone(IReadOnlyList<string> paths, Func<string, bool> seen, IngestTally tally)
    {
        foreach (var folder in paths.Where(Directory.Exists))
        {
            var gone = index.ArticlesWithOriginUnder(folder)
                .Where(a => !seen(a.Id) && !tally.IsKept(a.Origin))
                .Select(a => a.Id)
                .ToList();
            if (gone.Count == 0)
                continue;
            var removed = index.Remove(gone);
            tally.Removed(removed);
            IngestLog.Removed(logger, removed, folder);
        }
    }
}
