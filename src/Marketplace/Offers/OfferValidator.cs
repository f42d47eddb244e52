namespace Charity.Marketplace.Offers;

/// <summary>Checks an offer draft field by field, before anything is looked up or stored.</summary>
public static class OfferValidator
{
    public const int MaxTitleLength = 80;
    public const int MaxDescriptionLength = 1000;
    public const int MaxAddressLength = 200;
    public const int MinRadiusKm = 1;
    public const int MaxRadiusKm = 100;
    public const int MaxCapacity = 100_000;
    public const decimal MaxCost = 100_000m;

    /// <summary>
    /// The problems of <paramref name="draft"/>. An end date before <paramref name="today"/> is refused, unless it is the
    /// offer's unchanged <paramref name="previousEnd"/> (an expired offer can be corrected without reviving it by accident).
    /// </summary>
    public static IReadOnlyList<OfferProblem> Validate(OfferDraft draft, DateOnly today, IReadOnlySet<string> knownServiceItems, DateOnly? previousEnd = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(knownServiceItems);
        var problems = new List<OfferProblem>();
        void Text(string? value, string field, int maxLength, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    problems.Add(new(field, OfferProblemCode.Required));
                }
            }
            else if (value.Trim().Length > maxLength)
            {
                problems.Add(new(field, OfferProblemCode.TooLong));
            }
        }

        if (string.IsNullOrWhiteSpace(draft.ServiceItemCode))
        {
            problems.Add(new(nameof(OfferDraft.ServiceItemCode), OfferProblemCode.Required));
        }
        else if (!knownServiceItems.Contains(draft.ServiceItemCode.Trim()))
        {
            problems.Add(new(nameof(OfferDraft.ServiceItemCode), OfferProblemCode.UnknownServiceItem));
        }

        Text(draft.TitleZh, nameof(OfferDraft.TitleZh), MaxTitleLength, required: true);
        Text(draft.TitleEn, nameof(OfferDraft.TitleEn), MaxTitleLength, required: false);
        Text(draft.DescriptionZh, nameof(OfferDraft.DescriptionZh), MaxDescriptionLength, required: true);
        Text(draft.DescriptionEn, nameof(OfferDraft.DescriptionEn), MaxDescriptionLength, required: false);
        Text(draft.Address, nameof(OfferDraft.Address), MaxAddressLength, required: false);
        if (!double.IsFinite(draft.Latitude) || !double.IsFinite(draft.Longitude) || draft.Latitude is < -90 or > 90 || draft.Longitude is < -180 or > 180
            || (draft.Latitude == 0 && draft.Longitude == 0))
        {
            problems.Add(new(nameof(OfferDraft.Latitude), OfferProblemCode.LocationInvalid));
        }

        if (draft.RadiusKm is < MinRadiusKm or > MaxRadiusKm)
        {
            problems.Add(new(nameof(OfferDraft.RadiusKm), OfferProblemCode.RadiusOutOfRange));
        }

        if (draft.Capacity <= 0)
        {
            problems.Add(new(nameof(OfferDraft.Capacity), OfferProblemCode.CapacityNotPositive));
        }
        else if (draft.Capacity > MaxCapacity)
        {
            problems.Add(new(nameof(OfferDraft.Capacity), OfferProblemCode.CapacityTooLarge));
        }

        if ((draft.Days & ServiceDays.Everyday) == ServiceDays.None)
        {
            problems.Add(new(nameof(OfferDraft.Days), OfferProblemCode.NoDays));
        }

        if (draft.ClosesAt <= draft.OpensAt)
        {
            problems.Add(new(nameof(OfferDraft.ClosesAt), OfferProblemCode.ClosesBeforeOpens));
        }

        if (draft.EndDate < today && draft.EndDate != previousEnd)
        {
            problems.Add(new(nameof(OfferDraft.EndDate), OfferProblemCode.EndInPast));
        }
        else if (draft.EndDate < draft.StartDate)
        {
            problems.Add(new(nameof(OfferDraft.EndDate), OfferProblemCode.EndBeforeStart));
        }

        if (draft.Cost < 0)
        {
            problems.Add(new(nameof(OfferDraft.Cost), OfferProblemCode.CostNegative));
        }
        else if (draft.Cost > MaxCost || decimal.Round(draft.Cost, 2) != draft.Cost)
        {
            problems.Add(new(nameof(OfferDraft.Cost), OfferProblemCode.CostInvalid));
        }

        return problems;
    }
}
