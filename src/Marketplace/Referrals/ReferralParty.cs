using Charity.Marketplace.Cases;

namespace Charity.Marketplace.Referrals;

/// <summary>
/// Who acts on referrals and which ones they see: a caseworker their station's, provider staff their organisation's,
/// the bureau all (acting as the caseworker's side), the portal itself for deadlines.
/// </summary>
public sealed record ReferralParty(Guid UserId, string UserName, ReferralActor Actor, Guid? StationId, Guid? OrganisationId, bool IsBureau)
{
    public static ReferralParty System { get; } = new(Guid.Empty, "system", ReferralActor.System, null, null, IsBureau: true);

    public static ReferralParty Station(CaseAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new(access.UserId, access.UserName, ReferralActor.Caseworker, access.StationId, null, access.IsBureau);
    }

    public static ReferralParty Provider(Guid userId, string userName, Guid organisationId) =>
        new(userId, userName, ReferralActor.Provider, null, organisationId, IsBureau: false);

    internal IQueryable<Referral> Visible(IQueryable<Referral> referrals) => this switch
    {
        { IsBureau: true } => referrals,
        { Actor: ReferralActor.Caseworker, StationId: { } station } => referrals.Where(r => r.StationId == station),
        { Actor: ReferralActor.Provider, OrganisationId: { } organisation } => referrals.Where(r => r.OrganisationId == organisation),
        _ => referrals.Where(_ => false),
    };

    internal CaseFileEvent Event(Guid caseFileId, CaseEventKind kind, DateTimeOffset at, string? note = null) =>
        new(caseFileId, kind, at, UserId, UserName, note);
}
