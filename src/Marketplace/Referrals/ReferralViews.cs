using Charity.Marketplace.Assessment;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Visits;

namespace Charity.Marketplace.Referrals;

/// <summary>
/// A referral as its provider sees it: the anonymised need (item, urgency, bands, township, about how far), the offer
/// and the deadline. No name, file number, phone or address: those come only from <see cref="ReferralContacts"/>.
/// </summary>
public sealed record ProviderReferral(
    Guid Id,
    ReferralStatus Status,
    string ServiceItemCode,
    Urgency Urgency,
    int HardshipBandFrom,
    int AgeBandFrom,
    int HouseholdSize,
    LocalizedText Township,
    int AboutKm,
    string Description,
    NeedWindow Window,
    NeedFrequency Frequency,
    Guid OfferId,
    LocalizedText OfferTitle,
    DateTimeOffset ProposedAt,
    DateTimeOffset RespondBy,
    DateTimeOffset? ScheduledFor,
    Guid Version);

/// <summary>A referral on the station's board: which household file, which provider, where it stands.</summary>
public sealed record StationReferral(
    Guid Id,
    ReferralStatus Status,
    Guid CaseFileId,
    string FileNumber,
    string ServiceItemCode,
    Urgency Urgency,
    string OrganisationName,
    LocalizedText OfferTitle,
    int AboutKm,
    DateTimeOffset ProposedAt,
    DateTimeOffset RespondBy,
    DateTimeOffset? ScheduledFor,
    int? Satisfaction,
    string? Reason,
    int VisitsToConfirm,
    Guid Version);

/// <summary>A logged visit, with the names of the volunteers who came.</summary>
public sealed record VisitRow(Guid Id, DateOnly Date, int Minutes, TimeOnly? CheckIn, TimeOnly? CheckOut, IReadOnlyList<string> Volunteers, string Notes, VisitStatus Status, string? Query, Guid Version);

/// <summary>The minimum a provider needs to reach the household it serves.</summary>
public sealed record HouseholdContact(string Name, string Phone, string Address)
{
    public override string ToString() => "HouseholdContact { *** }";
}
