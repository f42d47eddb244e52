using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Organisations;

/// <summary>A provider: a charity, social organisation, caring enterprise, mass organisation or volunteer team.</summary>
public sealed class Organisation : IVersioned
{
    private Organisation()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
        ContactPhone = string.Empty;
        ServiceDistricts = [];
    }

    public Organisation(string name, OrganisationType type, UnifiedSocialCreditCode creditCode, Region homeDistrict, string contactPhone, DateTimeOffset registeredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(creditCode);
        ArgumentNullException.ThrowIfNull(homeDistrict);
        if (homeDistrict.Level != RegionLevel.District)
        {
            throw new ArgumentException("An organisation's home is a district or county.", nameof(homeDistrict));
        }

        Id = Guid.CreateVersion7();
        Name = name.Trim();
        Type = type;
        CreditCode = creditCode.Value;
        HomeDistrict = homeDistrict;
        HomeDistrictId = homeDistrict.Id;
        ContactPhone = contactPhone;
        Status = OrganisationStatus.PendingVerification;
        ServiceDistricts = [homeDistrict];
        RegisteredAt = registeredAt;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OrganisationType Type { get; private set; }

    public string CreditCode { get; private set; }

    public Guid HomeDistrictId { get; private set; }

    public Region HomeDistrict { get; private set; } = null!;

    /// <summary>The organisation's public service phone (not a person's).</summary>
    public string ContactPhone { get; private set; }

    /// <summary>The districts the organisation serves; its home district unless it says otherwise.</summary>
    public List<Region> ServiceDistricts { get; private set; }

    public OrganisationStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Replaces the served districts; an organisation always serves at least one district.</summary>
    public void ServeIn(IEnumerable<Region> districts)
    {
        ArgumentNullException.ThrowIfNull(districts);
        var chosen = districts.DistinctBy(d => d.Id).ToList();
        if (chosen.Count == 0 || chosen.Any(d => d.Level != RegionLevel.District))
        {
            throw new ArgumentException("An organisation serves one or more districts or counties.", nameof(districts));
        }

        ServiceDistricts.Clear();
        ServiceDistricts.AddRange(chosen);
    }

    public void Verify(DateTimeOffset at)
    {
        Status = OrganisationStatus.Verified;
        VerifiedAt = at;
        RejectionReason = null;
    }

    public void Reject(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = OrganisationStatus.Rejected;
        VerifiedAt = null;
        RejectionReason = reason.Trim();
    }
}
