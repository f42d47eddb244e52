using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Needs;

/// <summary>
/// The anonymised projection of a need: all that a provider, a volunteer or the search index may ever see.
/// It holds no name, ID number, phone, address or link to the case file; its location is the centre of a
/// cell shared by at least k households, or the township centre.
/// </summary>
public sealed class PublishedNeed
{
    private PublishedNeed()
    {
        ServiceItemCode = string.Empty;
        Description = string.Empty;
    }

    public PublishedNeed(
        string serviceItemCode,
        Urgency urgency,
        int hardshipBandFrom,
        int ageBandFrom,
        int householdSize,
        Guid townshipId,
        double approximateLatitude,
        double approximateLongitude,
        double? approximateCellKm,
        string description,
        NeedWindow window,
        NeedFrequency frequency,
        DateTimeOffset publishedAt,
        DateTimeOffset respondBy)
    {
        Id = Guid.CreateVersion7();
        ServiceItemCode = serviceItemCode;
        Urgency = urgency;
        HardshipBandFrom = hardshipBandFrom;
        AgeBandFrom = ageBandFrom;
        HouseholdSize = householdSize;
        TownshipId = townshipId;
        ApproximateLatitude = approximateLatitude;
        ApproximateLongitude = approximateLongitude;
        ApproximateCellKm = approximateCellKm;
        Description = description;
        WindowStart = window.Start;
        WindowEnd = window.End;
        Frequency = frequency;
        PublishedAt = publishedAt;
        RespondBy = respondBy;
        Status = NeedStatus.Open;
    }

    public Guid Id { get; private set; }

    public string ServiceItemCode { get; private set; }

    public Urgency Urgency { get; private set; }

    /// <summary>The lower bound of the hardship index's band of 20 (0, 20, 40, 60, 80).</summary>
    public int HardshipBandFrom { get; private set; }

    /// <summary>The lower bound of the head's 10-year age band (90 means 90 and over).</summary>
    public int AgeBandFrom { get; private set; }

    public int HouseholdSize { get; private set; }

    public Guid TownshipId { get; private set; }

    public double ApproximateLatitude { get; private set; }

    public double ApproximateLongitude { get; private set; }

    /// <summary>The size of the published cell; null when the township centre stands in.</summary>
    public double? ApproximateCellKm { get; private set; }

    public string Description { get; private set; }

    public DateOnly WindowStart { get; private set; }

    public DateOnly WindowEnd { get; private set; }

    public NeedFrequency Frequency { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset RespondBy { get; private set; }

    public NeedStatus Status { get; private set; }

    internal void ChangeStatus(NeedStatus status) => Status = status;
}
