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

    public OrganisationStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public Guid Version { get; set; }

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
