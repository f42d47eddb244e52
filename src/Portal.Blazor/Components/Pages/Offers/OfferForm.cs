using Charity.Marketplace.Cases;
using Charity.Marketplace.Offers;

namespace Charity.Portal.Blazor.Components.Pages.Offers;

/// <summary>The editable state of the offer form; nullable where a field may be cleared while typing.</summary>
public sealed class OfferForm
{
    public static readonly ServiceDays[] AllDays =
        [ServiceDays.Monday, ServiceDays.Tuesday, ServiceDays.Wednesday, ServiceDays.Thursday, ServiceDays.Friday, ServiceDays.Saturday, ServiceDays.Sunday];

    public string? ServiceItemCode { get; set; }

    public string TitleZh { get; set; } = string.Empty;

    public string? TitleEn { get; set; }

    public string DescriptionZh { get; set; } = string.Empty;

    public string? DescriptionEn { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Address { get; set; }

    public int RadiusKm { get; set; } = 10;

    public int Capacity { get; set; } = 10;

    public CapacityUnit CapacityUnit { get; set; } = CapacityUnit.HouseholdsPerWeek;

    public IReadOnlyCollection<ServiceDays> Days { get; set; } = [ServiceDays.Monday, ServiceDays.Tuesday, ServiceDays.Wednesday, ServiceDays.Thursday, ServiceDays.Friday];

    public TimeSpan? OpensAt { get; set; } = new(9, 0, 0);

    public TimeSpan? ClosesAt { get; set; } = new(17, 0, 0);

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public IReadOnlyCollection<BeneficiaryCategory> Categories { get; set; } = [];

    public IReadOnlyCollection<SpecialGroups> Groups { get; set; } = [];

    public decimal Cost { get; set; }

    public static OfferForm From(OfferDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new OfferForm
        {
            ServiceItemCode = draft.ServiceItemCode,
            TitleZh = draft.TitleZh,
            TitleEn = draft.TitleEn,
            DescriptionZh = draft.DescriptionZh,
            DescriptionEn = draft.DescriptionEn,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            Address = draft.Address,
            RadiusKm = draft.RadiusKm,
            Capacity = draft.Capacity,
            CapacityUnit = draft.CapacityUnit,
            Days = AllDays.Where(d => draft.Days.HasFlag(d)).ToList(),
            OpensAt = draft.OpensAt.ToTimeSpan(),
            ClosesAt = draft.ClosesAt.ToTimeSpan(),
            StartDate = draft.StartDate.ToDateTime(TimeOnly.MinValue),
            EndDate = draft.EndDate.ToDateTime(TimeOnly.MinValue),
            Categories = [.. draft.EligibleCategories],
            Groups = Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None && draft.EligibleGroups.HasFlag(g)).ToList(),
            Cost = draft.Cost,
        };
    }

    /// <summary>The draft to validate and save; a missing position is (0, 0), which the validator refuses as no location.</summary>
    public OfferDraft ToDraft() => new(
        ServiceItemCode ?? string.Empty, TitleZh, TitleEn, DescriptionZh, DescriptionEn, Latitude ?? 0, Longitude ?? 0, Address,
        RadiusKm, Capacity, CapacityUnit, Days.Aggregate(ServiceDays.None, (all, day) => all | day),
        TimeOnly.FromTimeSpan(OpensAt ?? TimeSpan.Zero), TimeOnly.FromTimeSpan(ClosesAt ?? TimeSpan.Zero),
        DateOnly.FromDateTime(StartDate ?? DateTime.MinValue), DateOnly.FromDateTime(EndDate ?? DateTime.MinValue),
        [.. Categories], Groups.Aggregate(SpecialGroups.None, (all, group) => all | group), Cost);
}
