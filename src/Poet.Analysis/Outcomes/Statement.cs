namespace Poet.Analysis.Outcomes;

/// <summary>One outcome statement as a member of staff (or a document, or an interview) wrote it. Never edited.</summary>
public sealed record Statement(string Id, string Text);

/// <summary>
/// A group of similar statements proposed to the facilitator, who may merge, split or rename it.
/// <see cref="StatementIds"/> are in input order; <see cref="SuggestedLabel"/> is the text of the
/// group's most central statement, shortened if long.
/// </summary>
public sealed record ProposedGroup(IReadOnlyList<string> StatementIds, string SuggestedLabel);
