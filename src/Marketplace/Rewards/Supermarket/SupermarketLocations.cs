namespace Charity.Marketplace.Rewards.Supermarket;

/// <summary>The supermarket's opaque references as the marketplace writes them: sponsors are organisations, pick-up points stations.</summary>
internal static class SupermarketLocations
{
    private const string StationPrefix = "station:";

    public static string Station(Guid stationId) => $"{StationPrefix}{stationId:N}";

    public static Guid StationOf(string pickUpLocation) =>
        pickUpLocation.StartsWith(StationPrefix, StringComparison.Ordinal) && Guid.TryParseExact(pickUpLocation[StationPrefix.Length..], "N", out var id) ? id : Guid.Empty;

    public static string Sponsor(Guid organisationId) => RewardAccounts.OrganisationOwner(organisationId);

    public static Guid SponsorOf(string sponsor) =>
        Guid.TryParseExact(sponsor.AsSpan(sponsor.IndexOf(':', StringComparison.Ordinal) + 1), "N", out var id) ? id : Guid.Empty;
}
