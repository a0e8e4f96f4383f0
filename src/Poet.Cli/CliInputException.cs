namespace Poet.Cli;

/// <summary>A command line or input file the command cannot use; the message says what to change, on one line.</summary>
public sealed class CliInputException(string message) : Exception(message);
