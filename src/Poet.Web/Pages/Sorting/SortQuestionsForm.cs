using Microsoft.AspNetCore.Mvc.ModelBinding;
using Poet.Analysis.QMethod;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Sorting;

/// <summary>What <c>_SortQuestions</c> renders: one stage's questions, the values to show, and the page's model state.</summary>
public sealed record SortQuestionsView(IReadOnlyList<QQuestion> Questions, IReadOnlyDictionary<int, string> Values);

/// <summary>
/// The study's own questions on a participant's page (before the sort on "About you", after it with the reasons):
/// fields Answers[n] for question q_n, checked by <see cref="SortQuestions.Check"/>. Every answer may be left blank.
/// </summary>
public static class SortQuestionsForm
{
    public const string NoAnswer = "Prefer not to say";

    public static string Field(int number) => $"Answers[{number}]";

    public static string FieldId(int number) => $"Answers_{number}_";

    public static SortQuestion Rule(QQuestion q) => new(q.Number, q.Text, q.Kind == QQuestionKind.Choice ? q.OptionList : []);

    public static IReadOnlyList<QQuestion> Of(QStudy study, QQuestionStage stage) => study.Questions.Where(q => q.Stage == stage).OrderBy(q => q.Number).ToArray();

    /// <summary>The sort's stored answers to these questions, by question number.</summary>
    public static Dictionary<int, string> Stored(QSort sort, IReadOnlyList<QQuestion> questions) =>
        questions.Select(q => (q.Number, sort.Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Value)).Where(x => x.Value is not null).ToDictionary(x => x.Number, x => x.Value!);

    /// <summary>
    /// Checks the posted answers; with no problem stores them on the (tracked) sort, a blank answer removing any stored
    /// one. Returns what was posted, by question number, to show again with the errors.
    /// </summary>
    public static Dictionary<int, string> Apply(QSort sort, IReadOnlyList<QQuestion> questions, Microsoft.AspNetCore.Http.IFormCollection form, ModelStateDictionary state)
    {
        var posted = new Dictionary<int, string>();
        var checkedAnswers = new List<(QQuestion Question, string? Value)>();
        foreach (var q in questions)
        {
            var given = (string?)form[Field(q.Number)];
            if (given is { Length: > 0 }) posted[q.Number] = given;
            var (value, problem) = SortQuestions.Check(Rule(q), given);
            if (problem is not null) state.AddModelError(Field(q.Number), problem);
            else checkedAnswers.Add((q, value));
        }
        if (!state.IsValid) return posted;
        foreach (var (q, value) in checkedAnswers)
        {
            var stored = sort.Answers.FirstOrDefault(a => a.QuestionId == q.Id);
            if (value is null)
            {
                if (stored is not null) sort.Answers.Remove(stored);
            }
            else if (stored is null) sort.Answers.Add(new QAnswer { SortId = sort.Id, QuestionId = q.Id, Value = value });
            else stored.Value = value;
        }
        return posted;
    }
}
