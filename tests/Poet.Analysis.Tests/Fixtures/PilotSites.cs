using Poet.Analysis.Disclosure;
using Poet.Analysis.Ordinal;
using Poet.Analysis.Rules;

namespace Poet.Analysis.Tests.Fixtures;

/// <summary>
/// Pilot figures from /work/shared/docs/poet-brief.md section 5 (source: 000_8d1cd08ca6cd9a98.txt).
/// Values marked "derived" were calculated for the brief, not printed in the source.
/// </summary>
public static class PilotSites
{
    /// <summary>RISS/SISS as printed: 73 invited, 52 submitted, 46 usable (L3513, L1389).</summary>
    public static readonly SurveyReturns RissAsPrinted = new(Invited: 73, Submitted: 52, Usable: 46);

    /// <summary>RISS/SISS reading that fits the printed 69% and 61%: 75 invited and 6 excluded (brief section 5).</summary>
    public static readonly SurveyReturns RissAsPercentagesImply = new(Invited: 75, Submitted: 52, Usable: 46);

    /// <summary>
    /// "The integrated service has clear outcomes for children and families" (L1764): 80% agree or
    /// strongly agree, 0% disagree, 20% don't know of 46 usable, i.e. 37 and 9 (derived). The split of the
    /// 37 between Agree and Strongly agree is not in the source; 20/17 is a stand-in that no % depends on.
    /// </summary>
    public static readonly Distribution RissClearOutcomes = new([0, 0, 9, 20, 17]);

    /// <summary>DLDS: about 600 staff (derived), 18% responded (about 108, derived), threshold 30% = 180 (L1550).</summary>
    public const int DldsInvited = 600;
    public const int DldsResponded = 108;
    public const decimal DldsThresholdPercent = 30;

    /// <summary>CP: 53 responses, employers 66% LEH / 28% SHUH / 6% BtPCT (L1642), about 35/15/3 (derived).</summary>
    public static readonly GroupCount[] CpEmployers = [new("LEH", 35), new("SHUH", 15), new("BtPCT", 3)];
    public const int CpResponses = 53;

    /// <summary>CP invited about 106 (derived from 53 at 50%, L1642).</summary>
    public const int CpInvited = 106;
}
