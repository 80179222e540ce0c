namespace NewsBot.Evaluation.Datasets;

/// <summary>One QuAIL multiple-choice question; <see cref="Correct"/> indexes <see cref="Options"/>.</summary>
internal sealed record QuailQuestion(string Id, string Type, string Text, IReadOnlyList<string> Options, int Correct)
{
    /// <summary>The question type QuAIL uses for questions the text cannot answer.</summary>
    public const string UnanswerableType = "Unanswerable";

    public string CorrectOption => Options[Correct];

    public bool IsUnanswerable => Type == UnanswerableType;
}
