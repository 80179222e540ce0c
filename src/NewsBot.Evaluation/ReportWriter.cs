using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>Prints a report as Markdown tables (pasted as-is into docs/quality.md and docs/performance.md) or JSON.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Markdown on stdout; with <paramref name="json"/>, JSON on stdout and the Markdown on stderr.</summary>
    public static void Print(Report report, bool json)
    {
        var markdown = Markdown(report);
        if (json)
        {
            Console.Error.WriteLine(markdown);
            Console.Out.WriteLine(ToJson(report));
        }
        else
        {
            Console.Out.WriteLine(markdown);
        }
    }

    public static string Markdown(Report report)
    {
        var text = new StringBuilder();
        text.AppendLine($"## {report.Name}").AppendLine();
        foreach (var (key, value) in report.Setup)
            text.AppendLine($"- {key}: {value}");
        foreach (var table in report.Tables)
        {
            text.AppendLine().AppendLine($"**{table.Title}**").AppendLine();
            text.AppendLine("| " + string.Join(" | ", table.Columns) + " |");
            text.AppendLine("|" + string.Concat(table.Columns.Select((_, i) => i == 0 ? "---|" : "---:|")));
            foreach (var row in table.Rows)
                text.AppendLine("| " + string.Join(" | ", row.Select(Format)) + " |");
        }
        return text.ToString();
    }

    public static string ToJson(Report report) => JsonSerializer.Serialize(new
    {
        name = report.Name,
        setup = report.Setup,
        tables = report.Tables.Select(t => new
        {
            title = t.Title,
            rows = t.Rows.Select(r => t.Columns.Zip(r).ToDictionary(c => c.First, c => c.Second is double.NaN ? null : c.Second)),
        }),
    }, Json);

    public static string Format(object? cell) => cell switch
    {
        null => "–",
        double d when double.IsNaN(d) => "–",
        double d => d.ToString(Math.Abs(d) >= 100 ? "N0" : Math.Abs(d) >= 10 ? "0.0" : "0.000", CultureInfo.InvariantCulture),
        int or long => string.Format(CultureInfo.InvariantCulture, "{0:N0}", cell),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };
}
