using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.National;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Admin.National;

/// <summary>
/// What works for whom: for a chosen characteristic, the staff's view of their partnership beside what users and
/// carers say matters and happens, outcome type by outcome type. The trend view (<see cref="TrendsModel"/>) is the
/// same table compared by year.
/// </summary>
public class OutcomesModel(PoetDb db, IConfiguration config, IMemoryCache cache) : PageModel
{
    public const string FrameAndByFrame = "A view compared by frame cannot also be filtered by a frame. Choose \"Any\" frame, or compare by another characteristic";

    public NationalQuery Query { get; private set; } = null!;
    public string By { get; private set; } = NationalVocabularies.Type;
    public CharacteristicView? View { get; private set; }
    public bool FromReplica { get; private set; }

    /// <summary>The trend view compares by year; this page by a characteristic.</summary>
    protected virtual bool Trend => false;

    public SelectField BySelect => new("by", "Compare by", By, CharacteristicView.Choices.ToArray(), "Choose");

    public SelectField CodeSelect(string field) => new(field, NationalVocabularies.Current[field].Label, Query.Raw.GetValueOrDefault(field),
        NationalVocabularies.Current[field].Terms.Select(t => (t.Id, t.Label)).ToArray(), "Any");

    public SelectField FrameSelect => new("frame", "Frame (why partners went into partnership)", Query.Raw.GetValueOrDefault("frame"),
        NationalFrames.All.Select(f => (f.Id, f.Label)).ToArray(), "Any");

    public async Task OnGetAsync(CancellationToken ct)
    {
        // "by" is read here: the dashboard's parser knows only its own comparisons.
        Query = NationalQuery.Parse(Request.Query.Where(q => !string.Equals(q.Key, "by", StringComparison.OrdinalIgnoreCase)));
        foreach (var (field, message) in Query.Errors) ModelState.AddModelError(field, message);
        if (Trend) By = PoolFilter.YearDimension;
        else if (Request.Query["by"].FirstOrDefault()?.Trim() is { Length: > 0 } by)
        {
            if (CharacteristicView.Choices.Any(c => c.Id == by)) By = by;
            else ModelState.AddModelError("by", $"\"{(by.Length > 40 ? by[..40] + "…" : by)}\" is not a characteristic to compare by. Choose one from the list");
        }
        if (By == PoolFilter.FrameDimension && Query.Filter.Frame is not null) ModelState.AddModelError("frame", FrameAndByFrame);
        if (!ModelState.IsValid) return;
        var read = NationalReadDb.Open(db, config, out var isReplica);
        FromReplica = isReplica;
        try
        {
            View = await CharacteristicView.LoadAsync(read, Query.Filter, By, cache, ct);
        }
        finally
        {
            if (isReplica) await read.DisposeAsync();
        }
    }
}

/// <summary>Pooled distributions by year, staff and users and carers, under the same rule.</summary>
public class TrendsModel(PoetDb db, IConfiguration config, IMemoryCache cache) : OutcomesModel(db, config, cache)
{
    protected override bool Trend => true;
}
