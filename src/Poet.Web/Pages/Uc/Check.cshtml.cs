using Microsoft.AspNetCore.Mvc;
using Poet.Analysis.UsersCarers;
using Poet.Data;
using Poet.Web.Pages.UsersCarers;

namespace Poet.Web.Pages.Uc;

/// <summary>Check your answers, then send them; once sent they are final.</summary>
public class CheckModel(PoetDb db, TimeProvider clock) : UcPageModel(db, clock)
{
    public sealed record Row(string Question, string Answer, string Step);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Rows = Summarise();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key)
    {
        if (await EnterAsync(key) is { } away) return away;
        Answering.IsSubmitted = true;
        Answering.SubmittedOn = Today;
        await Db.SaveChangesAsync();
        return Redirect(Journey.Path(UcJourney.Done));
    }

    private List<Row> Summarise()
    {
        string Chosen(IEnumerable<Poet.Data.Entities.UcItem> items)
        {
            var texts = items.Where(i => Answering.Answers.Any(a => a.ItemId == i.Id && a.Chosen)).Select(Wording).ToList();
            return texts.Count == 0 ? "None selected" : string.Join("; ", texts);
        }
        // Easy read shows each outcome in the coordinator's easy-read words, as its page did.
        string Wording(Poet.Data.Entities.UcItem i) => EasyRead && !string.IsNullOrWhiteSpace(i.EasyReadText) ? i.EasyReadText : i.Text;
        string Label(Analysis.Ordinal.LikertScale scale, int? code) => code is { } c ? scale.Options[c - 1].Label : "Not answered";
        var rows = new List<Row>
        {
            new("Who is answering", UcOptions.RespondentTypes.FirstOrDefault(t => t.Type == Answering.RespondentType).Label ?? "Not answered", UcJourney.Who),
            new("Services you get", Chosen(Services), UcJourney.Support),
            new("How long", UcOptions.SupportLengths.FirstOrDefault(l => l.Code == Answering.SupportLength).Label ?? "Not answered", UcJourney.Support),
        };
        for (var n = 1; n <= Outcomes.Count; n++)
        {
            var a = Answering.Answers.SingleOrDefault(x => x.ItemId == Outcomes[n - 1].Id);
            rows.Add(new(Wording(Outcomes[n - 1]), $"{Label(UcScales.Importance, a?.Importance)}. Happens: {Label(UcScales.Happens, a?.Happens)}", UcJourney.Outcome(n)));
        }
        rows.Add(new("What matters most", Chosen(Outcomes), UcJourney.TopThree));
        rows.Add(new("Missing from the list", Answering.MissingOutcomes.Length > 0 ? Answering.MissingOutcomes : "Nothing", UcJourney.Missing));
        rows.Add(new("What makes it hard to get help", Chosen(Barriers) + (Answering.BarrierOther.Length > 0 ? $". Also: {Answering.BarrierOther}" : ""), UcJourney.Barriers));
        for (var n = 1; n <= Statements.Count; n++)
        {
            var code = Answering.Answers.SingleOrDefault(x => x.ItemId == Statements[n - 1].Id)?.Agreement;
            rows.Add(new(Statements[n - 1].Text, UcOptions.Agreement.FirstOrDefault(x => x.Code == code).Label ?? "Not answered", UcJourney.Statement(n)));
        }
        rows.Add(new("Anything else", Answering.AnythingElse.Length > 0 ? Answering.AnythingElse : "Nothing", UcJourney.AnythingElse));
        return rows;
    }
}
