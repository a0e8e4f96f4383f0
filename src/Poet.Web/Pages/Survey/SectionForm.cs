using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;

namespace Poet.Web.Pages.Survey;

/// <summary>One posted statement: the chosen code as typed (parsed here, so a tampered value gets our message, not the binder's).</summary>
public sealed class ItemAnswer
{
    public int RoundItemId { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A scale section (2 or 3), shared by the online survey and paper keying. Skipped statements are allowed.</summary>
public static class SectionForm
{
    public const int CommentMax = 2000;

    public static Task<List<RoundItem>> ItemsAsync(PoetDb db, int roundId, int section) =>
        db.RoundItems.AsNoTracking().Where(i => i.RoundId == roundId && i.Section == section).OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync();

    /// <summary>
    /// A section's items for the respondent's pages, kept per instance once the round has left draft: its questionnaire
    /// is frozen from then on (Instrument pages refuse changes), so every page save need not read it again. The key
    /// holds the round's random code salt as well as its id, so a deleted round's id reused by a new round never
    /// finds the old items. Callers must not change the items.
    /// </summary>
    public static async Task<IReadOnlyList<RoundItem>> FrozenItemsAsync(PoetDb db, IMemoryCache cache, SurveyRound round, int section)
    {
        if (round.Status == RoundStatus.Draft) return await ItemsAsync(db, round.Id, section);
        var key = ("round-items", round.Id, Convert.ToBase64String(round.CodeSalt), section);
        if (cache.TryGetValue(key, out IReadOnlyList<RoundItem>? items)) return items!;
        items = await ItemsAsync(db, round.Id, section);
        cache.Set(key, items, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        return items;
    }

    /// <summary>The saved answers to <paramref name="items"/>, from the response's answers (a draft's, or a paper return's loaded with them).</summary>
    public static List<ItemAnswer> Load(Response response, IReadOnlyList<RoundItem> items)
    {
        var saved = response.Answers.ToDictionary(a => a.RoundItemId);
        return items.Select(i => saved.TryGetValue(i.Id, out var a)
            ? new ItemAnswer { RoundItemId = i.Id, Value = a.Value?.ToString(), Comment = a.Comment }
            : new ItemAnswer { RoundItemId = i.Id }).ToList();
    }

    /// <summary>
    /// Puts the posted answers in item order (ignoring ids from elsewhere, such as another page's) and records errors
    /// against the posted field names. <paramref name="first"/> is the zero-based number of the first item in its section,
    /// so messages name statements as the page numbers them.
    /// </summary>
    public static List<ItemAnswer> Validate(IReadOnlyList<RoundItem> items, IReadOnlyList<ItemAnswer> posted, ModelStateDictionary modelState, string prefix, int first = 0)
    {
        var result = new List<ItemAnswer>();
        for (var n = 0; n < items.Count; n++)
        {
            var answer = posted.FirstOrDefault(a => a.RoundItemId == items[n].Id) ?? new ItemAnswer { RoundItemId = items[n].Id };
            result.Add(answer);
            var key = $"{prefix}[{n}]";
            if (!string.IsNullOrEmpty(answer.Value) && Parse(answer.Value) is null)
                modelState.AddModelError(key + ".Value", $"Select one of the five options for statement {first + n + 1}");
            if (answer.Comment?.Trim().Length > CommentMax)
                modelState.AddModelError(key + ".Comment", $"Your comment on statement {first + n + 1} must be {CommentMax:N0} characters or fewer (it has {answer.Comment.Trim().Length:N0})");
        }
        return result;
    }

    /// <summary>
    /// Adds, updates or removes each statement's answer in the response's answers; call only after <see cref="Validate"/>
    /// passed. Only the statements in <paramref name="answers"/> (one page's) are touched: answers to the rest stay. The caller stores the response (a draft is sealed again; a tracked paper return is saved).
    /// </summary>
    public static void Apply(Response response, int section, IReadOnlyList<ItemAnswer> answers)
    {
        var saved = response.Answers.ToDictionary(a => a.RoundItemId);
        foreach (var posted in answers)
        {
            var value = Parse(posted.Value);
            var comment = string.IsNullOrWhiteSpace(posted.Comment) ? null : posted.Comment.Trim();
            saved.TryGetValue(posted.RoundItemId, out var row);
            if (value is null && comment is null)
            {
                if (row is not null) response.Answers.Remove(row);
                continue;
            }
            if (row is null) response.Answers.Add(row = new Answer { ResponseId = response.Id, RoundItemId = posted.RoundItemId });
            row.Value = value;
            row.Comment = comment;
        }
        response.LastSectionSaved = Math.Max(response.LastSectionSaved, section);
    }

    private static int? Parse(string? value) => int.TryParse(value, out var code) && LikertScale.Options.Any(o => o.Code == code) ? code : null;
}

/// <summary>
/// Everything the scale-section partial needs: the statements on this page, numbered from <see cref="First"/> + 1 of
/// <see cref="Total"/> in the section (the whole section on one page when keying paper).
/// </summary>
public sealed record SectionView(int Section, IReadOnlyList<RoundItem> Items, IReadOnlyList<ItemAnswer> Answers, string Prefix, int First = 0, int? SectionTotal = null)
{
    public int Total => SectionTotal ?? Items.Count;
}
