using System.Text;

namespace NewsBot.Core.Index;

/// <summary>
/// Builds an FTS5 MATCH expression from topic terms. Every term is quoted (so user text is never parsed as
/// FTS5 syntax) and expanded to its irregular forms: <c>("meet" OR "met") OR "lavrov"</c>.
/// </summary>
internal static class FtsQuery
{
    /// <summary>An OR of the terms' groups, or null when there is nothing to search for.</summary>
    public static string? AnyOf(IReadOnlyList<string> terms) => Join(terms, " OR ");

    /// <summary>An AND of the terms' groups, or null when there is nothing to search for.</summary>
    public static string? AllOf(IReadOnlyList<string> terms) => Join(terms, " AND ");

    private static string? Join(IReadOnlyList<string> terms, string op)
    {
        if (terms.Count == 0)
            return null;
        var sb = new StringBuilder();
        foreach (var term in terms)
        {
            if (sb.Length > 0)
                sb.Append(op);
            AppendGroup(sb, term);
        }
        return sb.ToString();
    }

    private static void AppendGroup(StringBuilder sb, string term)
    {
        var forms = IrregularForms.FormsOf(term);
        if (forms.Count > 1)
            sb.Append('(');
        for (var i = 0; i < forms.Count; i++)
        {
            if (i > 0)
                sb.Append(" OR ");
            // Tokens hold only letters, digits and marks, but escape quotes anyway: the quoting is the safety.
            sb.Append('"').Append(forms[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        if (forms.Count > 1)
            sb.Append(')');
    }
}
