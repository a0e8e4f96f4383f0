using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Data.Entities;
using Poet.Data.Instrument;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Rounds;

[CoordinatorOnly]
public class NewModel(PoetDb db) : PageModel
{
    [BindProperty] public RoundForm Form { get; set; } = new() { ReminderDays = "7,14" };

    /// <summary>
    /// The item bank the round's questions come from (<see cref="ItemBank.Versions"/>): the standard bank unless the
    /// coordinator picks another (its radio is checked, so only a hand-made form leaves it out).
    /// </summary>
    [BindProperty] public string? Bank { get; set; } = ItemBank.CurrentVersion;

    public const string BankProblem = "Choose which set of questions the round uses";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int pid)
    {
        Bank ??= ItemBank.CurrentVersion;
        var known = ItemBank.Versions.Contains(Bank);
        if (!known) ModelState.AddModelError(nameof(Bank), BankProblem);
        var bank = known ? ItemBank.Load(Bank) : ItemBank.Current;
        var round = new SurveyRound
        {
            PartnershipId = pid,
            Status = RoundStatus.Draft,
            InstrumentVersion = bank.Version,
            CodeSalt = AccessCodes.NewRoundSalt(),
            InvitationSubject = MessageTemplates.InvitationSubject,
            InvitationBody = MessageTemplates.InvitationBody,
            ReminderSubject = MessageTemplates.ReminderSubject,
            ReminderBody = MessageTemplates.ReminderBody,
        };
        if (!Form.TryApply(round, ModelState, DateOnly.FromDateTime(db.UtcNow)) || !known) return Page();
        // Later rounds compare like with like: start from the thresholds of the partnership's latest round.
        var previous = await db.Rounds.AsNoTracking().Where(r => r.PartnershipId == pid).OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        if (previous is not null) Poet.Web.Pages.Reports.RoundThresholds.CopyTo(previous, round);

        // The round keeps its own copy, so a later bank version never changes a round already run.
        round.Items.AddRange(bank.Items.Select((item, i) => new RoundItem
        {
            ItemId = item.Id, Section = item.Section, Theme = item.Theme, Text = item.Text, Help = item.Help, Source = item.Source, Order = i + 1,
        }));
        db.Rounds.Add(round);
        db.Record(User, pid, "round.created", $"{round.Title} ({bank.Version})");
        await db.SaveChangesAsync();
        this.Notify($"{round.Title} has been created. It stays a draft until you open it.");
        return Redirect(RoundLinks.Dashboard(pid, round.Id));
    }
}
