namespace Poet.Data.Entities;

/// <summary>The four frames (Dickinson): why partners say they went into partnership.</summary>
[Flags]
public enum Frames { None = 0, Structural = 1, SocialChallenges = 2, HighPerformance = 4, ThirdWay = 8 }

public class Partnership
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Area { get; set; } = "";
    public string ClientGroup { get; set; } = "";
    public string PartnershipType { get; set; } = "";
    public string Governance { get; set; } = "";
    public Frames Frames { get; set; }
    public string DepthBreadthNotes { get; set; } = "";
    public string StakeholderNotes { get; set; } = "";
    // Coded characteristics for national pooling: ids from National/national-vocabularies.json, null when not stated.
    public string? TypeCode { get; set; }
    public string? ClientGroupCode { get; set; }
    public string? GovernanceCode { get; set; }
    public string? RegionCode { get; set; }
    public string? DepthCode { get; set; }
    public string? BreadthCode { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<PartnerOrganisation> Partners { get; set; } = [];
    public List<ProfessionalGroup> ProfessionalGroups { get; set; } = [];
    public List<PartnershipMember> Members { get; set; } = [];
    public List<SurveyRound> Rounds { get; set; } = [];
    public List<PartnershipDocument> Documents { get; set; } = [];
}

public class PartnerOrganisation
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Name { get; set; } = "";
}

public class ProfessionalGroup
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string Name { get; set; } = "";
}

public class PartnershipDocument
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTime UploadedUtc { get; set; }
    public string UploadedBy { get; set; } = "";
}
