namespace NewsBot.Core.Answering;

/// <summary>What a figure in a sentence measures.</summary>
internal enum FigureSort
{
    /// <summary>A plain number: a count, an age, a score.</summary>
    Count,

    /// <summary>Money: "$9.3bn", "£26m", "19,800 yen", "86.7bn Swiss francs".</summary>
    Money,

    /// <summary>A share: "12.1%", "3 per cent".</summary>
    Share,

    /// <summary>A year: "2004", "the 1980s".</summary>
    Year,

    /// <summary>A day of a month: "12 December", "October 18".</summary>
    Date,

    /// <summary>A span of time: "10 minutes", "an eight-year ban".</summary>
    Duration,

    /// <summary>A distance, size, weight, speed or temperature: "220 miles", "350 km", "50GB", "83.0 °F".</summary>
    Measure,
}
