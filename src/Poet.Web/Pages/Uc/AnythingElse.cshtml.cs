using Poet.Data;

namespace Poet.Web.Pages.Uc;

/// <summary>"Is there anything else you would like to tell us?"; optional free text.</summary>
public class AnythingElseModel(PoetDb db, TimeProvider clock) : UcFreeTextPageModel(db, clock)
{
    protected override string Step => UcJourney.AnythingElse;
    protected override string Stored { get => Answering.AnythingElse; set => Answering.AnythingElse = value; }
}
