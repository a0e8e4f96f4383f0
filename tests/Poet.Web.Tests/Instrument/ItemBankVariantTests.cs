using Poet.Data.Instrument;

namespace Poet.Web.Tests.Instrument;

/// <summary>
/// The family of banks (Instrument/staff-bank-*-v1.json). Expected values are read off those files: each variant rewords
/// four standard statements (ORG-ACCOUNT-01, FEEL-SERVICE-01, ORG-OUTCOMES-01, ORG-ASSESS-01), drops none and adds two.
/// </summary>
public class ItemBankVariantTests
{
    public static readonly TheoryData<string, string, string> Variants = new()
    {
        { "poet-community-safety-1.0", "CS-", "Outcomes for victims, families and communities" },
        { "poet-safeguarding-adults-1.0", "SGA-", "Outcomes for adults at risk and their carers" },
        { "poet-safeguarding-children-1.0", "SGC-", "Outcomes for children and families" },
        { "poet-childrens-trust-1.0", "CT-", "Outcomes for children, young people and families" },
    };

    [Fact]
    public void Versions_StandardFirst_ThenTheFourVariants() =>
        Assert.Equal(["poet-staff-1.0", "poet-community-safety-1.0", "poet-safeguarding-adults-1.0", "poet-safeguarding-children-1.0", "poet-childrens-trust-1.0"], ItemBank.Versions);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_KeepsEveryStandardItem_AddsTwoOfItsOwn_AndOwnsItsOutcomesTitle(string version, string prefix, string outcomesTitle)
    {
        var bank = ItemBank.Load(version);

        Assert.Equal(ItemBank.CurrentVersion, bank.Base);
        Assert.Equal(52, bank.Items.Count);
        Assert.Equal(bank.Items.Count, bank.Items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(ItemBank.Current.Items.Select(i => i.Id), bank.Items.Where(i => ItemBank.StandardItemFor(i.Id) is not null).Select(i => i.Id));
        var own = bank.Items.Where(i => ItemBank.StandardItemFor(i.Id) is null).ToArray();
        Assert.Equal(2, own.Length);
        Assert.All(own, i => Assert.StartsWith(prefix, i.Id));
        Assert.Equal(4, bank.Items.Count(i => ItemBank.StandardItemFor(i.Id) is not null && ItemBank.Current.Items.Single(s => s.Id == i.Id).Text != i.Text));
        Assert.Equal(outcomesTitle, bank.Section(4).Title);
        Assert.Equal(ItemBank.Current.Section(2).Title, bank.Section(2).Title);
        Assert.Equal(2, bank.Section(4).Outcomes!.Examples.Count);
    }

    public static readonly TheoryData<string> VariantVersions = ["poet-community-safety-1.0", "poet-safeguarding-adults-1.0", "poet-safeguarding-children-1.0", "poet-childrens-trust-1.0"];

    [Theory]
    [MemberData(nameof(VariantVersions))]
    public void Variant_ItemsHaveHelpWithAnExample_SourcesAndThemes_InSectionsTwoAndThree(string version) =>
        Assert.All(ItemBank.Load(version).Items, i =>
        {
            Assert.Contains(i.Section, new[] { 2, 3 });
            Assert.True(i.Help.Length > 40 && i.Help.Contains("example", StringComparison.OrdinalIgnoreCase), $"{i.Id}: help needs an example");
            Assert.False(string.IsNullOrWhiteSpace(i.Source), i.Id);
            Assert.False(string.IsNullOrWhiteSpace(i.Theme), i.Id);
            Assert.All(i.Covers, c => Assert.True(ItemBank.Current.Frameworks.ContainsKey(c), $"{i.Id}: unknown framework theme {c}"));
        });

    /// <summary>Setting-specific items go at the end of their own section, so the sections stay in one run each.</summary>
    [Fact]
    public void SafeguardingAdults_OwnItemsCloseTheirSections_RewordedItemsKeepTheirPlace()
    {
        var bank = ItemBank.Load("poet-safeguarding-adults-1.0");
        var ids = bank.Items.Select(i => i.Id).ToList();

        Assert.Equal("SGA-CONCERN-01", bank.Items.Last(i => i.Section == 2).Id);
        Assert.Equal("SGA-LEARN-01", bank.Items.Last().Id);
        Assert.Equal(bank.Items.Select(i => i.Section).Order(), bank.Items.Select(i => i.Section));
        Assert.Equal(ItemBank.Current.Items.Select(i => i.Id).ToList().IndexOf("ORG-ACCOUNT-01") + 1, ids.IndexOf("ORG-ACCOUNT-01"));
        Assert.Equal("The board holds every partner to account for how well it keeps adults at risk safe.", bank.Items.Single(i => i.Id == "ORG-ACCOUNT-01").Text);
        // The reworded item keeps the standard item's theme, source and frameworks.
        Assert.Equal(ItemBank.Current.Items.Single(i => i.Id == "ORG-ACCOUNT-01") with { Text = "", Help = "" },
            bank.Items.Single(i => i.Id == "ORG-ACCOUNT-01") with { Text = "", Help = "" });
    }

    [Fact]
    public void StandardItemFor_SameIdMatches_OwnIdIsSettingSpecific()
    {
        Assert.Equal("ORG-ACCOUNT-01", ItemBank.StandardItemFor("ORG-ACCOUNT-01"));
        Assert.Null(ItemBank.StandardItemFor("SGA-LEARN-01"));
    }

    [Fact]
    public void ForRound_UnknownVersion_IsTheStandardBank() => Assert.Same(ItemBank.Current, ItemBank.ForRound("poet-staff-0.9"));

    [Fact]
    public void Standard_OwnsItsSectionTitles() =>
        Assert.Equal(["About you", "How the partnership feels to you", "How the partnership is organised", "Outcomes for the people the partnership serves"],
            ItemBank.Current.Sections.Select(s => s.Title));
}
