namespace NewsBot.Evaluation.Bench;

/// <summary>
/// Documents staged on disk before a timed build: the plain index's build figure is then the index's pace, not the
/// corpus generator's, and the staged texts (about 1 GB at a million passages) do not sit in the process's memory.
/// </summary>
internal static class PlainDocumentFile
{
    private const int BufferSize = 1 << 20;

    public static long Write(string path, IEnumerable<PlainDocument> documents)
    {
        using var writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize));
        var count = 0L;
        foreach (var document in documents)
        {
            writer.Write(document.Id);
            writer.Write(document.Text);
            count++;
        }
        return count;
    }

    public static IEnumerable<PlainDocument> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        using var reader = new BinaryReader(stream);
        while (stream.Position < stream.Length)
            yield return new PlainDocument(reader.ReadString(), reader.ReadString());
    }
}
