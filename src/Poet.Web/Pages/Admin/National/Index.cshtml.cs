using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Poet.Analysis.National;
using Poet.Data;
using Poet.Data.National;
using Poet.Web.Infrastructure;
using Poet.Web.Pages.Reports;
using Poet.Web.Pages.Rounds;

namespace Poet.Web.Pages.Admin.National;

/// <summary>The host's national dashboard: pooled, suppressed views of the rounds partnerships chose to share.</summary>
public class IndexModel(PoetDb db, IConfiguration config, IMemoryCache cache) : PageModel
{
    public NationalQuery Query { get; private set; } = null!;
    public NationalView? View { get; private set; }
    public bool FromReplica { get; private set; }

    public static string Percent(double? p) => p is { } v ? $"{Math.Round(v, MidpointRounding.AwayFromZero)}%" : "–";

    /// <summary>Why a selection is withheld, and what to do; "remove a filter" only when <paramref name="filter"/> has one.</summary>
    public static string BlockedMessage(Verdict v, PoolFilter filter)
    {
        var widen = filter.Active.Any() ? " Remove a filter or widen the years." : " Figures appear once at least 5 partnerships share their rounds with the national dataset.";
        return v.Reason switch
        {
            Withheld.TooFew => "Fewer than 5 partnerships match this selection, so nothing can be shown." + widen,
            Withheld.Dominated => "This selection cannot be shown: one partnership supplies more than half of its responses, so the figures would mostly describe that partnership." + widen,
            Withheld.NearlyCovered => $"This selection cannot be shown: another selection, narrower by {DimensionLabel(v.BlockedBy!)}, holds all but 1 to 4 of its partnerships, so comparing the two would reveal those few. Add a {DimensionLabel(v.BlockedBy!)} filter or choose another selection.",
            _ => $"This selection cannot be shown: compared with the same selection without the {DimensionLabel(v.BlockedBy!)} filter, it would reveal a group of fewer than 5 partnerships. Remove or change that filter.",
        };
    }

    /// <summary>The disclosure rule as the method note and the codebook state it.</summary>
    public const string RuleInWords =
        "Every figure rests on at least 5 partnerships, and no single partnership supplies more than half of it. "
        + "Any two figures the dashboard can show, whatever filters, years, versions or columns they were made with, "
        + "differ by no partnership or by at least 5, so setting one against another never singles out a partnership or a group of fewer than 5. "
        + "Within a table, columns that fail are hidden together with further columns, smallest first, until the hidden ones hold no partnership or at least 5.";

    public static string DimensionLabel(string dimension) => dimension switch
    {
        PoolFilter.YearDimension => "year",
        PoolFilter.FrameDimension => "frame",
        PoolFilter.VersionDimension => "question bank version",
        _ => NationalVocabularies.Current[dimension].Label.ToLowerInvariant(),
    };

    public SelectField CodeSelect(string field) => new(field, NationalVocabularies.Current[field].Label, Query.Raw.GetValueOrDefault(field),
        NationalVocabularies.Current[field].Terms.Select(t => (t.Id, t.Label)).ToArray(), "Any");

    public SelectField FrameSelect => new("frame", "Frame (why partners went into partnership)", Query.Raw.GetValueOrDefault("frame"),
        NationalFrames.All.Select(f => (f.Id, f.Label)).ToArray(), "Any");

    public SelectField BySelect => new("by", "Compare by", Query.By,
        NationalQuery.BreakdownChoices.Where(c => c.Id != PoolFilter.YearDimension).Select(c => (c.Id, c.Label)).ToArray(), "Year only");

    public static string Chart(VersionView v) => DivergingBarChart.Render($"national-{v.Version}", $"Pooled answers, {v.Version}",
        "Diverging bars: for each statement, disagreement to the left and agreement to the right as a share of those who gave a view; don't know on the right as a share of all answers.",
        v.Items.Select(i => new ChartBar(i.Number, i.Text, i.Counts)).ToArray(), statements: true);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Query = NationalQuery.Parse(Request.Query);
        foreach (var (field, message) in Query.Errors) ModelState.AddModelError(field, message);
        if (!Query.IsValid) return;
        var read = NationalReadDb.Open(db, config, out var isReplica);
        FromReplica = isReplica;
        try
        {
            View = await NationalView.LoadAsync(read, Query, cache, ct);
        }
        finally
        {
            if (isReplica) await read.DisposeAsync();
        }
    }
}
