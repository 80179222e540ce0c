using NewsBot.Core.Answering;

namespace NewsBot.Evaluation.Training;

/// <summary>
/// The scored SQuAD training questions on disk, so that trying another learner (<c>--scorer</c>) does not re-ask
/// thousands of questions: written once by <c>train-answerer --examples PATH</c>, read back when the features are the
/// same. Chat questions are not kept here: they are asked anew each run.
/// </summary>
internal static class ExampleCache
{
    private const int Version = 2;

    public static IReadOnlyList<AnswerExample>? TryLoad(string path)
    {
        if (!File.Exists(path))
            return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != Version || reader.ReadString() != string.Join(',', AnswerFeatures.Names))
            return null;
        var examples = new List<AnswerExample>(reader.ReadInt32());
        for (var count = examples.Capacity; count > 0; count--)
        {
            var (source, number, answerable, similarity) = (reader.ReadString(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadBoolean());
            var sentences = reader.ReadInt32();
            var features = new List<double[]>(sentences);
            var labels = new List<bool>(sentences);
            for (var i = 0; i < sentences; i++)
            {
                labels.Add(reader.ReadBoolean());
                features.Add([.. Enumerable.Range(0, AnswerFeatures.Count).Select(_ => reader.ReadDouble())]);
            }
            examples.Add(new AnswerExample(source, number, features, labels, answerable, similarity));
        }
        return examples;
    }

    public static void Save(string path, IReadOnlyList<AnswerExample> examples)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Version);
        writer.Write(string.Join(',', AnswerFeatures.Names));
        writer.Write(examples.Count);
        foreach (var example in examples)
        {
            writer.Write(example.Source);
            writer.Write(example.Number);
            writer.Write(example.Answerable);
            writer.Write(example.Similarity);
            writer.Write(example.Features.Count);
            for (var i = 0; i < example.Features.Count; i++)
            {
                writer.Write(example.Labels[i]);
                foreach (var value in example.Features[i])
                    writer.Write(value);
            }
        }
    }
}
