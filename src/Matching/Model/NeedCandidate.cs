using Charity.Matching.Geo;

namespace Charity.Matching.Model;

/// <summary>An anonymised, open need as the matching engine sees it.</summary>
public sealed record NeedCandidate
{
    public NeedCandidate(
        Guid id,
        ServiceItem item,
        GeoPoint approximateLocation,
        double hardshipIndex,
        Urgency urgency,
        WeeklyHours window,
        BeneficiaryCategories beneficiaryCategory)
    {
        if (!double.IsFinite(hardshipIndex) || hardshipIndex is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(hardshipIndex), hardshipIndex, "The hardship index lies between 0 and 100.");
        }

        if (!Enum.IsDefined(urgency))
        {
            throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency.");
        }

        if (beneficiaryCategory == BeneficiaryCategories.None || (beneficiaryCategory & (beneficiaryCategory - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beneficiaryCategory), beneficiaryCategory, "A need has exactly one beneficiary category.");
        }

        ArgumentException.ThrowIfNullOrEmpty(item.Code, nameof(item));
        Id = id;
        Item = item;
        ApproximateLocation = approximateLocation;
        HardshipIndex = hardshipIndex;
        Urgency = urgency;
        Window = window;
        BeneficiaryCategory = beneficiaryCategory;
    }

    public Guid Id { get; }

    public ServiceItem Item { get; }

    /// <summary>The centre of the need's anonymising grid cell, never the home address.</summary>
    public GeoPoint ApproximateLocation { get; }

    /// <summary>困境指数, 0–100.</summary>
    public double HardshipIndex { get; }

    public Urgency Urgency { get; }

    /// <summary>When the household can receive the service.</summary>
    public WeeklyHours Window { get; }

    /// <summary>A single flag.</summary>
    public BeneficiaryCategories BeneficiaryCategory { get; }
}
