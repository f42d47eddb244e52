using Charity.Marketplace.Cases;
using Charity.Marketplace.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Referrals;

/// <summary>
/// The household's contact details for the provider serving it: only after it accepted, only while the referral is
/// underway, only name, phone and address, and every look written to the personal-data access log.
/// </summary>
public sealed class ReferralContacts(IDbContextFactory<MarketplaceDbContext> contextFactory, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<HouseholdContact?> RevealAsync(ReferralParty party, Guid referralId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Actor != ReferralActor.Provider)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var file = await (from r in party.Visible(db.Referrals)
                          join n in db.Needs on r.NeedId equals n.Id
                          join f in db.CaseFiles on n.CaseFileId equals f.Id
                          where r.Id == referralId && ReferralStateMachine.Underway.Contains(r.Status)
                          select f).SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        db.PersonalDataAccessLog.Add(new PersonalDataAccess(now, party.UserId, party.UserName, file.Id, file.FileNumber, AccessPurpose.ServiceCoordination, $"referral {referralId}"));
        db.CaseFileEvents.Add(party.Event(file.Id, CaseEventKind.PersonalDataViewed, now));
        await db.SaveChangesAsync(cancellationToken);
        var details = protector.Unprotect(file.Protected);
        return new HouseholdContact(details.Name, details.Phone, details.Address);
    }
}
