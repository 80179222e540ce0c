using System.Text;

namespace NewsBot.Core.Index;

/// <summary>
/// Builds an FTS5 MATCH expression from topic terms. Every term is quoted (so user text is never parsed as
/// FTS5 syntax) and expanded to its irregular forms: <c>("meet" OR "met") OR "lavrov"</c>.
/// </summary>
internal static class FtsQuery
{
    /// <summary>An OR of the groups' forms, or null when there is nothing to search for.</summary>
    public static string? AnyOf(IEnumerable<IReadOnlyList<string>> groups) => Join(groups, " OR ");

    /// <summary>An AND of the groups (each an OR of its forms), or null when there is nothing to search for.</summary>
    public static string? AllOf(IEnumerable<IReadOnlyList<string>> groups) => Join(groups, " AND ");

    /// <summary>
    /// Rows holding exactly the groups in <paramref name="mask"/> (bit i = group i) among <paramref name="groups"/>:
    /// <c>(a AND b) NOT (c OR d)</c>, or null when the mask names none of them.
    /// </summary>
    public static string? Exactly(IReadOnlyList<IReadOnlyList<string>> groups, uint mask)
    {
        var all = AllOf(groups.Where((_, i) => (mask & (1u << i)) != 0));
        if (all is null)
            return null;
        var none = AnyOf(groups.Where((_, i) => (mask & (1u << i)) == 0));
        return none is null ? all : $"({all}) NOT ({none})";
    }

    private static string? Join(IEnumerable<IReadOnlyList<string>> groups, string op)
    {
        var sb = new StringBuilder();
        foreach (var forms in groups)
        {
            if (sb.Length > 0)
                sb.Append(op);
            AppendGroup(sb, forms);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static void AppendGroup(StringBuilder sb, IReadOnlyList<string> forms)
    {
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
