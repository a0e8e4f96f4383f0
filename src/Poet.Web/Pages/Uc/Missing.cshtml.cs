using Poet.Data;

namespace Poet.Web.Pages.Uc;

/// <summary>Whether anything is missing from the list of outcomes (brief §2 step 11, aim (a)); optional free text.</summary>
public class MissingModel(PoetDb db, TimeProvider clock) : UcFreeTextPageModel(db, clock)
{
    protected override string Step => UcJourney.Missing;
    protected override string Stored { get => Answering.MissingOutcomes; set => Answering.MissingOutcomes = value; }
}
