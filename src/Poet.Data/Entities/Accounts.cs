using Microsoft.AspNetCore.Identity;

namespace Poet.Data.Entities;

public class PoetUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsHostAdmin { get; set; }
    public List<PartnershipMember> Memberships { get; set; } = [];
}

public enum PartnershipRole { Coordinator = 1, Facilitator = 2 }

/// <summary>Roles are per partnership: the same person may coordinate one and facilitate another.</summary>
public class PartnershipMember
{
    public int Id { get; set; }
    public int PartnershipId { get; set; }
    public Partnership? Partnership { get; set; }
    public string UserId { get; set; } = "";
    public PoetUser? User { get; set; }
    public PartnershipRole Role { get; set; }
}

public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public int? PartnershipId { get; set; }
    public string Action { get; set; } = "";
    public string Detail { get; set; } = "";
}
