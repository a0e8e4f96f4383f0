namespace Poet.Analysis.QMethod.Formats;

/// <summary>
/// Answers to a study's own questions, one row per Q-sort: its name (the study code) first, then one column per
/// question headed by its id q_1, q_2, ... An empty cell is no answer. The layout of POET's answers.csv, so a file
/// written by POET, or kept beside sorts made on paper, can be imported with the sorts.
/// </summary>
/// <example>
/// study_code,q_1,q_2
/// US1,Social work,12 years
/// </example>
public static class SortAnswersCsv
{
    public const string NameHeader = "study_code";

    /// <summary>Answers by sort name, then by question number; only sorts named in <paramref name="sortNames"/> may appear.</summary>
    /// <exception cref="QMethodInputException">The text is not answers in this layout; the message names the line and the problem.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> Read(string text, IReadOnlyList<SortQuestion> questions, IReadOnlyCollection<string> sortNames)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(sortNames);
        using var reader = new StringReader(text);
        using var records = CsvText.Records(reader).GetEnumerator();
        if (!records.MoveNext())
            throw new QMethodInputException("The answers file is empty; it needs a header row (study_code, then question ids such as q_1) and one row per Q-sort.");
        var (headerLine, header) = records.Current;
        if (header.Count < 2)
            throw new QMethodInputException($"The header of the answers file (line {headerLine}) needs the Q-sort name column and at least one question id such as q_1.");
        var byId = questions.ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        var columns = new SortQuestion[header.Count - 1];
        for (var c = 1; c < header.Count; c++)
        {
            var id = header[c].Trim();
            if (!byId.TryGetValue(id, out var question))
                throw new QMethodInputException(questions.Count == 0
                    ? $"The answers file has a column '{id}', but the study has no questions of its own; add them before the study opens."
                    : $"The answers file has a column '{id}', but the study's questions are {string.Join(", ", questions.Select(q => q.Id))}.");
            if (columns.Contains(question))
                throw new QMethodInputException($"The answers file has two columns for {question.Id}; keep one.");
            columns[c - 1] = question;
        }
        var names = new HashSet<string>(sortNames, StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            if (fields.Count != header.Count)
                throw new QMethodInputException($"Line {line} of the answers file has {fields.Count} cells but the header has {header.Count}.");
            var name = fields[0].Trim();
            if (!names.Contains(name))
                throw new QMethodInputException($"Line {line} of the answers file is for a Q-sort named '{name}', which is not in the file of Q-sorts.");
            if (result.ContainsKey(name))
                throw new QMethodInputException($"Line {line} of the answers file repeats the Q-sort '{name}'; give each Q-sort one row.");
            var answers = new Dictionary<int, string>();
            for (var c = 0; c < columns.Length; c++)
            {
                var (value, problem) = SortQuestions.Check(columns[c], fields[c + 1]);
                if (problem is not null)
                    throw new QMethodInputException(columns[c].IsChoice
                        ? $"Line {line} of the answers file, {columns[c].Id}: '{fields[c + 1].Trim()}' is not one of its options ({string.Join(", ", columns[c].Options)})."
                        : $"Line {line} of the answers file, {columns[c].Id}: the answer is longer than {SortQuestions.MaxAnswerLength} characters.");
                if (value is not null) answers[columns[c].Number] = value;
            }
            result[name] = answers;
        }
        return result;
    }
}
