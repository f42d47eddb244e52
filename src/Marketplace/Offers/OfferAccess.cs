namespace Charity.Marketplace.Offers;

/// <summary>
/// Who is asking about offers: the staff of one organisation, the bureau, or anyone else (the public).
/// The public sees only active, current offers of verified organisations; staff also see all of their own.
/// </summary>
public sealed record OfferAccess(Guid? OrganisationId, bool IsBureau)
{
    public static OfferAccess Public { get; } = new(null, false);

    public static OfferAccess Staff(Guid organisationId) => new(organisationId, false);

    public static OfferAccess Bureau { get; } = new(null, true);

    internal bool Owns(ServiceOffer offer) => OrganisationId is { } own && offer.OrganisationId == own;
}
