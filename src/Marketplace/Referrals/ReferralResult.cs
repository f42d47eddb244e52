using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Referrals;

/// <summary>What became of a referral or visit command; <see cref="Problem"/> names the input at fault when invalid.</summary>
public sealed record ReferralResult(ReferralOutcome Outcome, Guid? Id = null, ReferralProblem? Problem = null)
{
    public static ReferralResult Done(Guid id) => new(ReferralOutcome.Done, id);

    public static ReferralResult NotFound { get; } = new(ReferralOutcome.NotFound);

    public static ReferralResult Conflict { get; } = new(ReferralOutcome.Conflict);

    public static ReferralResult NotAllowed { get; } = new(ReferralOutcome.NotAllowed);

    public static ReferralResult Invalid(string field, ReferralProblemCode code) => new(ReferralOutcome.Invalid, Problem: new(field, code));

    /// <summary>Saves the unit of work: done, or a conflict when a concurrency token shows someone else got there first.</summary>
    internal static async Task<ReferralResult> SaveAsync(MarketplaceDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Done(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
    }
}

public enum ReferralOutcome
{
    Done = 1,
    NotFound = 2,

    /// <summary>Changed by someone else since it was read: nothing was saved.</summary>
    Conflict = 3,

    /// <summary>Not a move this party may make from the referral's current state.</summary>
    NotAllowed = 4,
    Invalid = 5,
}

public sealed record ReferralProblem(string Field, ReferralProblemCode Code);

public enum ReferralProblemCode
{
    Required = 1,
    TooLong = 2,
    ContainsPersonalData = 3,
    NeedNotOpen = 4,
    OfferNotAvailable = 5,
    SatisfactionOutOfRange = 6,
    ScheduleInThePast = 7,
    MinutesOutOfRange = 8,
    DateInTheFuture = 9,
    DateBeforeAcceptance = 10,
    CheckOutBeforeCheckIn = 11,
    NotATeamVolunteer = 12,
}
