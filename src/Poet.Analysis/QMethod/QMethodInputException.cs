namespace Poet.Analysis.QMethod;

/// <summary>
/// Q-sort data or analysis options that cannot be analysed. The message is one or more
/// sentences that name the problem, fit to show to the person who uploaded the data.
/// </summary>
public sealed class QMethodInputException(string message) : ArgumentException(message);
