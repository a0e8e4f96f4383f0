using System.Text.Json;

namespace Poet.Analysis.Outcomes;

/// <summary>
/// One cue: a word or phrase that points a statement towards a category of a dimension (for example
/// dimension "focus", category "service-user", phrase "families"). Phrases match whole words after
/// stemming, so "family" also matches "families".
/// </summary>
public sealed record LexiconCue(string Dimension, string Category, string Phrase, double Weight = 1);

/// <summary>
/// The classification vocabularies as data: dimensions, their categories and the cues for each. The
/// default covers the two schemes of brief §4 item 7; a partnership may replace it, for example from
/// JSON stored with the round (<see cref="FromJson"/>), or add the users-and-carers framework headings.
/// </summary>
public sealed record OutcomeLexicon(IReadOnlyList<LexiconCue> Cues)
{
    public const string Focus = "focus";
    public const string ServiceUser = "service-user";
    public const string Organisation = "organisation";
    public const string Type = "type";
    public const string Change = "change";
    public const string MaintenanceOrPrevention = "maintenance-or-prevention";
    public const string ServiceProcess = "service-process";

    /// <summary>
    /// Focus: CP's organisational and service-user columns (Table 5.4). Type: Glendinning et al. 2006,
    /// change (gains in health, skills, confidence), maintenance or prevention (safety, avoiding harm
    /// or admission), service process (how help is given: speed, access, choice, information, respect).
    /// </summary>
    public static OutcomeLexicon Default { get; } = new(
    [
        .. CuesFor(Focus, ServiceUser, "child", "children", "young people", "young person", "family", "families", "parent",
            "carer", "user", "patient", "person", "people", "pupil", "we", "us", "our", "admission", "travel", "stay",
            "seen", "home", "school", "choice", "decision", "involved", "story", "kindness", "welcoming", "inequalities",
            "harm", "communication", "faster care", "quality of life", "independence", "wellbeing",
            // How a user meets the service (Glendinning's service-process outcomes are user outcomes too).
            "access", "quickly", "responding", "help", "asked", "visits", "agreement"),
        .. CuesFor(Focus, Organisation, "staff", "staffing", "team", "training", "governance", "protocol", "pathway",
            "finance", "budget", "funding", "resourcing", "resource", "partnership", "partner", "agency", "interagency",
            "ict", "information flow", "information sharing", "incident", "reporting", "recruitment", "retention",
            "nurse", "good practice", "skills", "meeting", "co location", "colocation", "paperwork", "records",
            "referral", "assessment", "assessment framework", "tests", "quality", "services", "clinical",
            "ward", "interpreters", "day services", "health and safety", "parking", "building", "targets", "approved"),
        .. CuesFor(Type, Change, "health", "skills", "confidence", "independence", "independent", "morale", "mobility",
            "recovery", "wellbeing", "achieve", "attainment", "empower", "quality of life", "learning"),
        .. CuesFor(Type, MaintenanceOrPrevention, "prevent", "prevention", "avoid", "unnecessary", "safe", "safety", "risk",
            "harm", "admission", "screening", "immunisation", "maintain", "deterioration", "crisis", "inequalities", "stay"),
        .. CuesFor(Type, ServiceProcess, "faster", "quick", "quickly", "responding", "wait", "waiting", "access", "choice",
            "involved", "decision", "information", "respect", "kindness", "dignity", "listened", "telephone",
            "welcoming", "home visits", "co ordinate", "coordinate", "keyworker", "key worker", "referral", "pathway",
            "protocol", "travel", "interpreters", "communication", "story", "repeat", "repeated", "written down",
            "agreement", "right setting", "assessment", "paperwork", "records"),
    ]);

    private static IEnumerable<LexiconCue> CuesFor(string dimension, string category, params string[] phrases) =>
        phrases.Select(p => new LexiconCue(dimension, category, p));

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads <c>{"cues":[{"dimension":"focus","category":"service-user","phrase":"families","weight":1}, ...]}</c>.</summary>
    public static OutcomeLexicon FromJson(string json)
    {
        OutcomeLexicon? lexicon;
        try { lexicon = JsonSerializer.Deserialize<OutcomeLexicon>(json, Json); }
        catch (JsonException e) { throw new ArgumentException($"The lexicon is not valid JSON: {e.Message}", nameof(json), e); }
        if (lexicon?.Cues is null) throw new ArgumentException("The lexicon has no \"cues\" list.", nameof(json));
        foreach (var (cue, i) in lexicon.Cues.Select((c, i) => (c, i)))
            if (string.IsNullOrWhiteSpace(cue?.Dimension) || string.IsNullOrWhiteSpace(cue.Category) || string.IsNullOrWhiteSpace(cue.Phrase))
                throw new ArgumentException($"Cue {i + 1} needs a dimension, a category and a phrase.", nameof(json));
        return lexicon;
    }
}
