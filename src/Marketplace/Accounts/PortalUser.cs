using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Microsoft.AspNetCore.Identity;

namespace Charity.Marketplace.Accounts;

/// <summary>A person who signs in: station staff, provider staff, a volunteer or bureau staff.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The referral station a caseworker works at; their view of case files is limited to it.</summary>
    public Guid? StationId { get; set; }

    public ReferralStation? Station { get; set; }

    /// <summary>The organisation a provider's staff member works for.</summary>
    public Guid? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>zh-CN or en-US; null until the person chooses.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>关怀版: larger type and higher contrast.</summary>
    public bool CareMode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole()
    {
    }

    public PortalRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
    }
}
