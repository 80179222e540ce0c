namespace NewsBot.Evaluation;

/// <summary>One table of a report; cells are numbers (printed with <see cref="ReportWriter"/>'s formats) or text.</summary>
internal sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
