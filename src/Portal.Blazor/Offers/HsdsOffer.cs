using System.Globalization;
using System.Text.Json.Serialization;
using Charity.Marketplace.Offers;

namespace Charity.Portal.Blazor.Offers;

/// <summary>
/// An offer in the shape of Open Referral HSDS 3 (service, organization, location, service_at_location, schedule),
/// with the marketplace's own terms (catalog item, district, radius, capacity, eligibility, cost, version) beside them.
/// </summary>
public sealed record HsdsOffer(
    [property: JsonPropertyName("service")] HsdsService Service,
    [property: JsonPropertyName("organization")] HsdsOrganization Organization,
    [property: JsonPropertyName("location")] HsdsLocation Location,
    [property: JsonPropertyName("service_at_location")] HsdsServiceAtLocation ServiceAtLocation,
    [property: JsonPropertyName("schedule")] IReadOnlyList<HsdsSchedule> Schedule,
    [property: JsonPropertyName("terms")] OfferTerms Terms,
    [property: JsonPropertyName("version")] Guid Version)
{
    private static readonly (ServiceDays Day, string Code)[] ByDay =
    [
        (ServiceDays.Monday, "MO"), (ServiceDays.Tuesday, "TU"), (ServiceDays.Wednesday, "WE"), (ServiceDays.Thursday, "TH"),
        (ServiceDays.Friday, "FR"), (ServiceDays.Saturday, "SA"), (ServiceDays.Sunday, "SU"),
    ];

    public static HsdsOffer From(PublicOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var locationId = offer.Id;
        return new HsdsOffer(
            new HsdsService(offer.Id, offer.OrganisationId, offer.Title.ZhCn, NullIfEmpty(offer.Title.EnUs), offer.Description.ZhCn, NullIfEmpty(offer.Description.EnUs), StatusOf(offer.Status),
                offer.Cost == 0 ? "免费 Free" : string.Create(CultureInfo.InvariantCulture, $"{offer.Cost:0.00} CNY")),
            new HsdsOrganization(offer.OrganisationId, offer.OrganisationName),
            new HsdsLocation(locationId, "physical", offer.Latitude, offer.Longitude, offer.Address),
            new HsdsServiceAtLocation(offer.Id, offer.Id, locationId),
            [new HsdsSchedule(offer.Id, "WEEKLY", string.Join(',', ByDay.Where(d => offer.Days.HasFlag(d.Day)).Select(d => d.Code)),
                offer.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture), offer.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture), offer.StartDate, offer.EndDate)],
            new OfferTerms(offer.ServiceItemCode, offer.CategoryCode, offer.District.ZhCn, offer.RadiusKm, offer.Capacity, offer.CapacityUnit,
                [.. offer.EligibleCategories.Select(c => c.ToString())], offer.EligibleGroups.ToString(), offer.Cost, offer.Status),
            offer.Version);
    }

    /// <summary>HSDS service status: active, inactive, defunct or temporarily closed.</summary>
    private static string StatusOf(OfferStatus status) => status switch
    {
        OfferStatus.Active => "active",
        OfferStatus.Paused => "temporarily closed",
        _ => "inactive",
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

public sealed record HsdsService(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("organization_id")] Guid OrganizationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("alternate_name")] string? AlternateName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("alternate_description")] string? AlternateDescription,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("fees_description")] string FeesDescription);

public sealed record HsdsOrganization([property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("name")] string Name);

public sealed record HsdsLocation(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("location_type")] string LocationType,
    [property: JsonPropertyName("latitude")] double Latitude,
    [property: JsonPropertyName("longitude")] double Longitude,
    [property: JsonPropertyName("address")] string? Address);

public sealed record HsdsServiceAtLocation(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("service_id")] Guid ServiceId,
    [property: JsonPropertyName("location_id")] Guid LocationId);

public sealed record HsdsSchedule(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("freq")] string Frequency,
    [property: JsonPropertyName("byday")] string ByDay,
    [property: JsonPropertyName("opens_at")] string OpensAt,
    [property: JsonPropertyName("closes_at")] string ClosesAt,
    [property: JsonPropertyName("valid_from")] DateOnly ValidFrom,
    [property: JsonPropertyName("valid_to")] DateOnly ValidTo);

/// <summary>The marketplace's terms of an offer that HSDS has no field for.</summary>
public sealed record OfferTerms(
    [property: JsonPropertyName("service_item")] string ServiceItem,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("district")] string District,
    [property: JsonPropertyName("radius_km")] int RadiusKm,
    [property: JsonPropertyName("capacity")] int Capacity,
    [property: JsonPropertyName("capacity_unit")] CapacityUnit CapacityUnit,
    [property: JsonPropertyName("eligible_categories")] IReadOnlyList<string> EligibleCategories,
    [property: JsonPropertyName("eligible_groups")] string EligibleGroups,
    [property: JsonPropertyName("cost")] decimal Cost,
    [property: JsonPropertyName("offer_status")] OfferStatus OfferStatus);
