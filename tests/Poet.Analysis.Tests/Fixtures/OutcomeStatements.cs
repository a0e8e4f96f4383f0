using Poet.Analysis.Outcomes;

namespace Poet.Analysis.Tests.Fixtures;

/// <summary>
/// Staff outcome statements for one demo round, written in our own words after the pilot lists in
/// /work/shared/docs/poet-brief.md §5: the RISS/SISS long list (Table 5.2, with its duplicates "regular
/// team meetings" ×2 and "central referral" ×2), DLDS (Table 5.3), CP (Table 5.4) and a few statements in
/// families' words like Box 5.2. Near-duplicates and misspellings are deliberate; ids name the topic.
/// </summary>
public static class OutcomeStatements
{
    public static readonly IReadOnlyList<Statement> DemoRound =
    [
        // RISS/SISS Table 5.2, as staff might type them.
        new("riss-keywork-1", "Key working / single point of referral"),
        new("riss-keywork-2", "Every family has a named keyworker"),
        new("riss-keywork-3", "Key worker for each family"),
        new("riss-keywork-4", "keywork for families"),
        new("riss-interagency-1", "Greater inter-agency working"),
        new("riss-interagency-2", "Better multi agency working between health, education and social care"),
        new("riss-involvement", "User involvement"),
        new("riss-meetings-1", "Regular team meetings"),
        new("riss-meetings-2", "Regular team meetings"),
        new("riss-meetings-3", "More regular team meetngs"),
        new("riss-records-1", "Parent-held records"),
        new("riss-records-2", "Parents hold their child's records"),
        new("riss-referral-1", "Central referral"),
        new("riss-referral-2", "Central referral"),
        new("riss-referral-3", "A central refferal point"),
        new("riss-community", "Partnership with the community"),
        new("riss-it-1", "Integrated IT"),
        new("riss-it-2", "Integrated IT systems across the agencies"),
        new("riss-adult", "Better links with adult services"),
        new("riss-available-1", "Families knowing what is available"),
        new("riss-available-2", "Families know what support is available to them"),
        new("riss-empower-1", "Empowering parents"),
        new("riss-empower-2", "Empowering Asian and minority ethnic parents"),
        new("riss-caf-1", "Common Assessment Framework"),
        new("riss-caf-2", "Use the CAF"),
        new("riss-safety", "Health and safety"),
        new("riss-joint-1", "Joint assessments"),
        new("riss-joint-2", "Joint assessments with health and social care"),
        new("riss-school", "Starting school"),
        new("riss-choice", "User choice"),
        new("riss-building-1", "Finding the building"),
        new("riss-paperwork", "Family-friendly paperwork"),
        new("riss-mild", "Support for mild/moderate needs"),
        new("riss-resource", "A resource area"),
        new("riss-targets", "Family targets"),
        new("riss-customer", "Customer service"),
        new("riss-parking-1", "Parking"),
        new("riss-parking-2", "Improve parking"),
        new("riss-parking-3", "More parking spaces near the building"),
        new("riss-dynamics", "Team dynamics"),
        new("riss-training-1", "Staff training and development (CPD)"),
        new("riss-training-2", "More training for staff"),
        new("riss-transport", "Transport to the building"),
        new("riss-unmet", "Recording unmet need"),
        new("riss-resourcing", "Appropriate resourcing"),
        new("riss-colocation-1", "Co-location"),
        new("riss-colocation-2", "Colocation of all the teams"),
        // DLDS Table 5.3.
        new("dlds-transition", "A transition service for young people moving to adult services"),
        new("dlds-sharing", "Information sharing between agencies"),
        new("dlds-hap", "Health Action Plans for everyone we support"),
        new("dlds-day", "Modernise day services"),
        new("dlds-single", "Single assessment"),
        new("dlds-staffing", "Staffing levels"),
        new("dlds-payments", "More people using direct payments"),
        new("dlds-carers", "16 more approved carers within a year"),
        new("dlds-screening-1", "Increase cervical screening uptake by 20%"),
        new("dlds-screening-2", "Increase breast screening uptake by 50%"),
        // CP Table 5.4.
        new("cp-staffing", "Better staffing levels on the wards"),
        new("cp-governance", "Clinical governance"),
        new("cp-interpreters-1", "Interpreters"),
        new("cp-interpreters-2", "Better communication through trained interpreters"),
        new("cp-admissions", "Fewer unnecessary admissions"),
        new("cp-travel", "Less travel to hospital for families"),
        new("cp-stays", "Shorter hospital stays"),
        new("cp-caf", "A common assessment framework across the partnership"),
    ];

    /// <summary>CP Table 5.4 (L1671-1692), organisational column (18), paraphrased.</summary>
    public static readonly IReadOnlyList<string> CpOrganisational =
    [
        "Pathway development", "Clinical governance", "Better information flows", "Finance information",
        "Staffing levels", "Discharge protocols", "Widen the partnership to the local authorities",
        "Incident reporting", "Quality at LEH", "Interpreters", "Staff training", "Sharing clinical skills",
        "More nurses on the wards", "Sharing good practice", "Team building", "Sort out the services at SHUH",
        "Fewer repeated tests", "A common assessment framework",
    ];

    /// <summary>CP Table 5.4 (L1671-1692), service-user column (11), paraphrased.</summary>
    public static readonly IReadOnlyList<string> CpServiceUser =
    [
        "Fewer unnecessary admissions", "Less travel to hospital", "Faster care",
        "Users involved in decisions", "Shorter stays", "Seen in the right setting by the right people",
        "Better child health in the city", "More choice", "Fewer health inequalities",
        "Less risk of serious harm", "Better communication through trained interpreters",
    ];

    /// <summary>
    /// RISS/SISS outcomes agreed after the workshop (Box 5.2, L1436-1458), in families' words. The default
    /// lexicon was written with these and CP's lists in view, so neither is a held-out test.
    /// </summary>
    public static readonly IReadOnlyList<string> RissAgreed =
    [
        "Being treated with kindness and care", "Easy access by telephone", "A welcoming building",
        "Services responding quickly", "Information passed to other services only with our agreement",
        "Telling our story once, not repeating it", "Knowing how to get help from other services",
        "Being asked about changes in services", "Having the support we will get written down for us",
        "Being offered home visits", "Having one professional to co-ordinate our support",
    ];
}
