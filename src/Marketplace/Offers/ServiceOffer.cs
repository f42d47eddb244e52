using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;

namespace Charity.Marketplace.Offers;

/// <summary>
/// What a provider organisation offers: a catalog service item, where (a point and the radius it travels), how much,
/// when, for whom and at what cost. Visible to the public only while its organisation is verified, it is active and current.
/// </summary>
public sealed class ServiceOffer : IVersioned
{
    private ServiceOffer()
    {
        ServiceItemCode = string.Empty;
        Title = new LocalizedText(string.Empty, string.Empty);
        Description = new LocalizedText(string.Empty, string.Empty);
    }

    internal ServiceOffer(Organisation organisation, Region district, OfferDraft draft, DateTimeOffset now)
        : this()
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Id = Guid.CreateVersion7();
        OrganisationId = organisation.Id;
        Organisation = organisation;
        Status = OfferStatus.Active;
        CreatedAt = now;
        Version = Guid.NewGuid();
        Apply(district, draft, now);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Organisation Organisation { get; private set; } = null!;

    public string ServiceItemCode { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Description { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The district or county the service location lies in (the nearest district centre).</summary>
    public Guid DistrictId { get; private set; }

    public Region District { get; private set; } = null!;

    public int RadiusKm { get; private set; }

    public int Capacity { get; private set; }

    public CapacityUnit CapacityUnit { get; private set; }

    public ServiceDays Days { get; private set; }

    public TimeOnly OpensAt { get; private set; }

    public TimeOnly ClosesAt { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>Bit mask of <see cref="BeneficiaryCategory"/>; zero serves every category.</summary>
    public int EligibleCategoryMask { get; private set; }

    /// <summary>Special groups the offer is for; none serves everyone.</summary>
    public SpecialGroups EligibleGroups { get; private set; }

    /// <summary>What a beneficiary pays, in CNY; zero is free.</summary>
    public decimal Cost { get; private set; }

    public OfferStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid Version { get; set; }

    internal void Apply(Region district, OfferDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(draft);
        ServiceItemCode = draft.ServiceItemCode.Trim();
        Title = new LocalizedText(draft.TitleZh.Trim(), draft.TitleEn?.Trim() ?? string.Empty);
        Description = new LocalizedText(draft.DescriptionZh.Trim(), draft.DescriptionEn?.Trim() ?? string.Empty);
        (Latitude, Longitude) = (draft.Latitude, draft.Longitude);
        Address = string.IsNullOrWhiteSpace(draft.Address) ? null : draft.Address.Trim();
        District = district;
        DistrictId = district.Id;
        RadiusKm = draft.RadiusKm;
        (Capacity, CapacityUnit) = (draft.Capacity, draft.CapacityUnit);
        (Days, OpensAt, ClosesAt) = (draft.Days & ServiceDays.Everyday, draft.OpensAt, draft.ClosesAt);
        (StartDate, EndDate) = (draft.StartDate, draft.EndDate);
        EligibleCategoryMask = BeneficiaryCategoryMask.MaskOf(draft.EligibleCategories);
        EligibleGroups = draft.EligibleGroups;
        Cost = draft.Cost;
        if (Status == OfferStatus.Expired && EndDate >= ChinaCalendar.DateOf(now))
        {
            Status = OfferStatus.Active;
        }

        UpdatedAt = now;
    }

    internal void Pause(DateTimeOffset now) => (Status, UpdatedAt) = (OfferStatus.Paused, now);

    internal void Resume(DateTimeOffset now) => (Status, UpdatedAt) = (OfferStatus.Active, now);

    internal void Expire(DateTimeOffset now) => (Status, UpdatedAt) = (OfferStatus.Expired, now);
}
