using Poet.Data.Instrument;

namespace Poet.Web.Tests.Instrument;

public class ItemBankTests
{
    private static readonly ItemBank Bank = ItemBank.Current;

    /// <summary>Every theme the brief (§3.5, §3.6) asks the bank to cover, written out here so the file cannot quietly drop one.</summary>
    public static readonly string[] BriefThemes =
    [
        // Elston: structure, environment, relationships, structuring the work, self-evaluation
        "STR-MERGED", "STR-COORDINATOR", "STR-LOCAL-CONTROL", "STR-SHARED-BUDGET", "STR-SENIOR-AUTHORITY", "STR-BOUNDARIES", "STR-INERTIA",
        "ENV-POLICY", "ENV-PERFORMANCE-MGMT", "ENV-STABILITY", "ENV-FUNDING",
        "REL-VALUES-CULTURES", "REL-DIFFERENCES-EARLY", "REL-OPENNESS-TRUST",
        "WORK-STAGES", "WORK-SHARED-GOALS", "WORK-ROLES", "WORK-FACILITATIVE-LEADERSHIP", "WORK-JOINT-DECISIONS", "WORK-COMMUNICATION-JARGON", "WORK-HISTORY",
        "SELF-EVALUATION",
        // Mattessich's six groups
        "MAT-ENVIRONMENT", "MAT-RESOURCES", "MAT-MEMBERSHIP", "MAT-PROCESS", "MAT-COMMUNICATION", "MAT-PURPOSE",
        // Roussos
        "ROU-VISION", "ROU-ACTION-PLANNING", "ROU-LEADERSHIP", "ROU-FEEDBACK", "ROU-TRAINING", "ROU-RESOURCES", "ROU-OWNERSHIP",
        // Collaboration benchmarks
        "BEN-COMMUNICATION", "BEN-CONFLICT", "BEN-FAIR-PROCEDURE", "BEN-CONSENSUS",
        // Petch et al.: the 14 indices of partnership working
        "IDX-SHARED-ASSESSMENT", "IDX-SINGLE-ENTRY", "IDX-REGULAR-CONTACT", "IDX-SINGLE-CONSULTATION", "IDX-SHARED-MISSION", "IDX-JOINT-TRAINING",
        "IDX-SHARED-INFORMATION", "IDX-CO-LOCATION", "IDX-JOINT-MANAGEMENT", "IDX-JOINT-PLANNING", "IDX-POOLED-BUDGET", "IDX-AGREEMENT",
        "IDX-DUAL-ACCOUNTABILITY", "IDX-HEALTH-ACT",
        // Pilot themes
        "PIL-INTEGRATED-CULTURE", "PIL-OTHER-EMPLOYERS-STATUS", "PIL-ADMIN-STAFF", "PIL-PRACTICALITIES", "PIL-TRAVEL", "PIL-JOB-SATISFACTION",
        "PIL-CLARITY-PURPOSE", "PIL-OWNERSHIP-DOMINANCE", "PIL-COMMUNICATION", "PIL-SERVICE-QUALITY", "PIL-INTEGRATION-BETTER",
        // Partnership Assessment Tool: six indicators
        "PAT-1", "PAT-2", "PAT-3", "PAT-4", "PAT-5", "PAT-6",
    ];

    [Fact]
    public void Current_IsTheNamedVersion() => Assert.Equal("poet-staff-1.0", Bank.Version);

    [Fact]
    public void Load_UnknownVersion_Throws() => Assert.Throws<ArgumentException>(() => ItemBank.Load("poet-staff-0.9"));

    [Fact]
    public void Items_IdsAreUnique()
    {
        var duplicates = Bank.Items.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Items_AreFortyToFiftyLikertStatementsInSectionsTwoAndThree()
    {
        Assert.InRange(Bank.Items.Count, 40, 50);
        Assert.All(Bank.Items, i => Assert.Contains(i.Section, new[] { 2, 3 }));
        Assert.Contains(Bank.Items, i => i.Section == 2);
        Assert.Contains(Bank.Items, i => i.Section == 3);
    }

    [Fact]
    public void Items_EachHasThemeTextHelpAndSource()
    {
        Assert.All(Bank.Items, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Theme), i.Id);
            Assert.False(string.IsNullOrWhiteSpace(i.Text), i.Id);
            Assert.True(i.Help.Length > 40 && i.Help.Contains("example", StringComparison.OrdinalIgnoreCase), $"{i.Id}: help needs an example");
            Assert.False(string.IsNullOrWhiteSpace(i.Source), i.Id);
            Assert.NotEmpty(i.Covers);
        });
    }

    [Fact]
    public void Items_IdsCarryTheirSectionPrefix() =>
        Assert.All(Bank.Items, i => Assert.StartsWith(i.Section == 2 ? "FEEL-" : "ORG-", i.Id));

    [Fact]
    public void Items_CoverEveryThemeInTheBrief()
    {
        var covered = Bank.Items.SelectMany(i => i.Covers).ToHashSet();
        Assert.All(BriefThemes, t => Assert.True(covered.Contains(t), $"No item covers {t}"));
    }

    [Fact]
    public void Items_CoverOnlyDescribedThemes()
    {
        Assert.All(Bank.Items.SelectMany(i => i.Covers), c => Assert.True(Bank.Frameworks.ContainsKey(c), $"{c} is not described"));
        Assert.Equal(BriefThemes.Order(), Bank.Frameworks.Keys.Order());
    }

    [Fact]
    public void PilotItem_KeepsItsStableId()
    {
        var item = Bank.Items.Single(i => i.Id == "ORG-PURPOSE-01");
        Assert.Equal("The partnership has clear outcomes for the people it serves.", item.Text);
        Assert.Contains("Dickinson 2009", item.Source);
    }

    [Fact]
    public void Sections_AreTheFourOfTheBrief()
    {
        Assert.Equal([1, 2, 3, 4], Bank.Sections.Select(s => s.Number));
        Assert.Equal([SectionKinds.About, SectionKinds.Likert, SectionKinds.Likert, SectionKinds.Outcomes], Bank.Sections.Select(s => s.Kind));
        Assert.Equal("How the partnership feels to you", Bank.Section(2).Title);
    }

    [Fact]
    public void AboutYou_OffersUnsureForEmployerAndNoneForProfession()
    {
        var about = Bank.Section(1).Questions;
        Assert.Equal(["text", "partner", "profession"], about.Select(q => q.Kind));
        Assert.Equal("Unsure or other", about.Single(q => q.Kind == "partner").OtherOption);
        Assert.Equal("None or other", about.Single(q => q.Kind == "profession").OtherOption);
    }

    [Fact]
    public void Outcomes_HavePromptsGuidanceAndWorkedExamples()
    {
        var outcomes = Bank.Section(4).Outcomes!;
        Assert.False(string.IsNullOrWhiteSpace(outcomes.OutcomeLabel));
        Assert.False(string.IsNullOrWhiteSpace(outcomes.RationaleLabel));
        Assert.True(outcomes.Guidance.Count >= 3);
        Assert.True(outcomes.Examples.Count >= 3);
        Assert.All(outcomes.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Rationale)));
        Assert.NotEmpty(outcomes.NotOutcomes);
    }

    [Fact]
    public void Scale_IsTheFivePointScaleWithDontKnowInTheMiddle()
    {
        Assert.Equal(["Strongly disagree", "Disagree", "Don't know", "Agree", "Strongly agree"], Bank.Scale.Options.Select(o => o.Label));
        Assert.Equal([1, 2, 3, 4, 5], Bank.Scale.Options.Select(o => o.Value));
    }
}
