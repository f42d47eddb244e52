using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Volunteers;

/// <summary>A registered volunteer: the districts they serve in, the service items they can help with, their teams are <see cref="TeamMembership"/>s.</summary>
public sealed class Volunteer : IVersioned
{
    private Volunteer()
    {
        DisplayName = string.Empty;
        SkillCodes = [];
    }

    public Volunteer(string displayName, Region district, IEnumerable<string> skillCodes, DateTimeOffset registeredAt, Guid? userId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(skillCodes);
        if (district.Level != RegionLevel.District)
        {
            throw new ArgumentException("A volunteer registers in a district or county.", nameof(district));
        }

        Id = Guid.CreateVersion7();
        DisplayName = displayName.Trim();
        District = district;
        DistrictId = district.Id;
        SkillCodes = skillCodes.Distinct(StringComparer.Ordinal).ToList();
        RegisteredAt = registeredAt;
        UserId = userId;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>The sign-in account, when the volunteer has one.</summary>
    public Guid? UserId { get; private set; }

    public string DisplayName { get; private set; }

    public Guid DistrictId { get; private set; }

    public Region District { get; private set; } = null!;

    /// <summary>Catalog item codes the volunteer is able to serve.</summary>
    public List<string> SkillCodes { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Guid Version { get; set; }
}
