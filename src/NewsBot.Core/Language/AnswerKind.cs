namespace NewsBot.Core.Language;

/// <summary>What kind of fact a question asks for; decides which named things count as its answer.</summary>
public enum AnswerKind
{
    /// <summary>No particular kind ("what", "why", "how").</summary>
    Other,
    /// <summary>"where": places.</summary>
    Place,
    /// <summary>"when", "what year": dates.</summary>
    Time,
    /// <summary>"how many", "how much": numbers.</summary>
    Number,
    /// <summary>"who", "whom", "whose": names.</summary>
    Name,
    /// <summary>"which company/team/club/party …": organisations (capitalised names, like <see cref="Name"/>).</summary>
    Organisation,
}
