using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Volunteers;

/// <summary>A registered volunteer: the districts they serve in, the service items they can help with, their teams are <see cref="TeamMembership"/>s.</summary>
public sealed class Volunteer : IVersioned
{
    private Volunteer()
    {
        DisplayName = string.Empty;
        SkillCodes = [];
        ServiceDistricts = [];
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
        ServiceDistricts = [];
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

    /// <summary>The volunteer's own mobile number, shown only to the staff of their teams.</summary>
    public string? Phone { get; private set; }

    /// <summary>Districts the volunteer will also serve in, besides their own.</summary>
    public List<Region> ServiceDistricts { get; private set; }

    /// <summary>Days and parts of the day the volunteer is usually available, as <see cref="WeeklyAvailability"/> bits.</summary>
    public int Availability { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public Guid Version { get; set; }

    public void UpdateProfile(string? phone, IEnumerable<string> skillCodes, IEnumerable<Region> serviceDistricts, WeeklyAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(skillCodes);
        ArgumentNullException.ThrowIfNull(serviceDistricts);
        var districts = serviceDistricts.DistinctBy(d => d.Id).ToList();
        if (districts.Any(d => d.Level != RegionLevel.District))
        {
            throw new ArgumentException("A volunteer serves in districts or counties.", nameof(serviceDistricts));
        }

        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        SkillCodes = skillCodes.Distinct(StringComparer.Ordinal).ToList();
        ServiceDistricts.Clear();
        ServiceDistricts.AddRange(districts);
        Availability = availability.Bits & WeeklyAvailability.AllBits;
    }
}
