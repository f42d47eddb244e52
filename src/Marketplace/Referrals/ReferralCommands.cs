using Charity.Marketplace.Cases;
using Charity.Marketplace.Events;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Offers;
using Charity.Matching.Geo;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Referrals;

/// <summary>
/// The moves of the referral loop. Each loads the referral as the party may see it, asks the state machine, moves
/// the need with it, writes the step on the household's timeline and saves once: a stale version or a concurrent
/// move of the same referral or need is a conflict and changes nothing.
/// </summary>
public sealed class ReferralCommands(
    IDbContextFactory<MarketplaceDbContext> contextFactory,
    OfferDirectory offers,
    PersonalDataScanner scanner,
    TimeProvider clock)
{
    /// <summary>A caseworker refers an open need of their station to an available offer; the need leaves the open pool.</summary>
    public async Task<ReferralResult> ProposeAsync(ReferralParty party, Guid needId, Guid offerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Actor != ReferralActor.Caseworker)
        {
            return ReferralResult.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var need = await db.Needs.SingleOrDefaultAsync(n => n.Id == needId, cancellationToken);
        var file = need is null ? null : await db.CaseFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == need.CaseFileId, cancellationToken);
        if (need is null || file is null || !(party.IsBureau || party.StationId == file.StationId))
        {
            return ReferralResult.NotFound;
        }

        if (need.Status != NeedStatus.Open)
        {
            return ReferralResult.Invalid(nameof(needId), ReferralProblemCode.NeedNotOpen);
        }

        if (await offers.FindAsync(OfferAccess.Public, offerId, cancellationToken) is not { } offer)
        {
            return ReferralResult.Invalid(nameof(offerId), ReferralProblemCode.OfferNotAvailable);
        }

        var published = await db.PublishedNeeds.SingleAsync(p => p.Id == need.PublishedNeedId, cancellationToken);
        var distance = new GeoPoint(published.ApproximateLatitude, published.ApproximateLongitude).DistanceKmTo(new GeoPoint(offer.Latitude, offer.Longitude));
        var now = clock.GetUtcNow();
        var referral = new Referral(need.Id, published.Id, file.StationId, offer.Id, offer.OrganisationId, need.ServiceItemCode, need.Urgency, distance, party.UserId, party.UserName, now);
        db.Referrals.Add(referral);
        need.ChangeStatus(NeedStatus.Referred, published);
        db.CaseFileEvents.Add(party.Event(file.Id, CaseEventKind.ReferralProposed, now, $"{offer.OrganisationName} · {offer.Title.ZhCn}"));
        return await ReferralResult.SaveAsync(db, referral.Id, cancellationToken);
    }

    /// <summary>The provider takes the referral on; from now on it may see the household's minimum contact details.</summary>
    public Task<ReferralResult> AcceptAsync(ReferralParty party, Guid referralId, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        MoveAsync(party, referralId, expectedVersion, ReferralAction.Accept, CaseEventKind.ReferralAccepted, null, cancellationToken);

    /// <summary>The provider turns the referral down with a reason; the need returns to the open pool for matching.</summary>
    public async Task<ReferralResult> DeclineAsync(ReferralParty party, Guid referralId, DeclineReason reason, string? note, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (CheckReason(note, required: reason == DeclineReason.Other) is { } problem)
        {
            return problem;
        }

        return await MoveAsync(party, referralId, expectedVersion, ReferralAction.Decline, CaseEventKind.ReferralDeclined, r => r.RecordDecline(reason, note?.Trim()), cancellationToken, NeedStatus.Open);
    }

    /// <summary>The provider sets (or moves) the date of the first visit.</summary>
    public Task<ReferralResult> ScheduleAsync(ReferralParty party, Guid referralId, DateTimeOffset firstVisit, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        firstVisit < clock.GetUtcNow().AddHours(-1)
            ? Task.FromResult(ReferralResult.Invalid(nameof(firstVisit), ReferralProblemCode.ScheduleInThePast))
            : MoveAsync(party, referralId, expectedVersion, ReferralAction.Schedule, CaseEventKind.ReferralScheduled, r => r.RecordSchedule(firstVisit), cancellationToken);

    /// <summary>The caseworker confirms the service is done and records the beneficiary's satisfaction (1–5); the need is fulfilled.</summary>
    public Task<ReferralResult> CompleteAsync(ReferralParty party, Guid referralId, int satisfaction, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        satisfaction is < 1 or > 5
            ? Task.FromResult(ReferralResult.Invalid(nameof(satisfaction), ReferralProblemCode.SatisfactionOutOfRange))
            : MoveAsync(
                party, referralId, expectedVersion, ReferralAction.Complete, CaseEventKind.ReferralCompleted, r => r.RecordSatisfaction(satisfaction), cancellationToken, NeedStatus.Fulfilled,
                publish: (r, at) => OutboxMessage.For(new ReferralCompleted(r.Id, r.OrganisationId, satisfaction, at), at));

    /// <summary>The caseworker closes a completed referral: the loop is done.</summary>
    public Task<ReferralResult> CloseAsync(ReferralParty party, Guid referralId, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        MoveAsync(party, referralId, expectedVersion, ReferralAction.Close, CaseEventKind.ReferralClosed, null, cancellationToken);

    /// <summary>Either side calls the referral off with a reason; the need returns to the open pool.</summary>
    public async Task<ReferralResult> CancelAsync(ReferralParty party, Guid referralId, string reason, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (CheckReason(reason, required: true) is { } problem)
        {
            return problem;
        }

        return await MoveAsync(party, referralId, expectedVersion, ReferralAction.Cancel, CaseEventKind.ReferralCancelled, r => r.RecordReason(reason.Trim()), cancellationToken, NeedStatus.Open);
    }

    /// <summary>Expires every proposed referral past its response deadline and returns its need to the open pool.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.Referrals.Where(r => r.Status == ReferralStatus.Proposed && r.RespondBy < now).Select(r => new { r.Id, r.Version }).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var referral in due)
        {
            var result = await MoveAsync(ReferralParty.System, referral.Id, referral.Version, ReferralAction.Expire, CaseEventKind.ReferralExpired, null, cancellationToken, NeedStatus.Open);
            expired += result.Outcome == ReferralOutcome.Done ? 1 : 0;
        }

        return expired;
    }

    /// <summary>Records that service has begun (the first visit was logged) in the visit's own unit of work.</summary>
    internal static bool StartService(MarketplaceDbContext db, Referral referral, Guid caseFileId, ReferralParty party, DateTimeOffset at)
    {
        if (referral.Status == ReferralStatus.InService)
        {
            return true;
        }

        if (!referral.TryApply(ReferralAction.StartService, party.Actor, at))
        {
            return false;
        }

        db.CaseFileEvents.Add(party.Event(caseFileId, CaseEventKind.ReferralInService, at));
        return true;
    }

    private async Task<ReferralResult> MoveAsync(
        ReferralParty party, Guid referralId, Guid expectedVersion, ReferralAction action, CaseEventKind kind,
        Action<Referral>? record, CancellationToken cancellationToken, NeedStatus? needBecomes = null, Func<Referral, DateTimeOffset, OutboxMessage>? publish = null)
    {
        ArgumentNullException.ThrowIfNull(party);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referral = await party.Visible(db.Referrals).SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return ReferralResult.NotFound;
        }

        if (referral.Version != expectedVersion)
        {
            return ReferralResult.Conflict;
        }

        var now = clock.GetUtcNow();
        if (!referral.TryApply(action, party.Actor, now))
        {
            return ReferralResult.NotAllowed;
        }

        record?.Invoke(referral);
        var need = await db.Needs.SingleAsync(n => n.Id == referral.NeedId, cancellationToken);
        if (needBecomes is { } status)
        {
            var published = await db.PublishedNeeds.SingleAsync(p => p.Id == referral.PublishedNeedId, cancellationToken);
            need.ChangeStatus(status, published);
        }

        db.CaseFileEvents.Add(party.Event(need.CaseFileId, kind, now, referral.Reason));
        if (publish is not null)
        {
            db.Outbox.Add(publish(referral, now));
        }

        return await ReferralResult.SaveAsync(db, referral.Id, cancellationToken);
    }

    private ReferralResult? CheckReason(string? reason, bool required) => CheckReason(scanner, "reason", reason, required);

    /// <summary>A reason or question a person types: required or not, within the stored length, free of personal data.</summary>
    internal static ReferralResult? CheckReason(PersonalDataScanner scanner, string field, string? reason, bool required)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return required ? ReferralResult.Invalid(field, ReferralProblemCode.Required) : null;
        }

        if (reason.Trim().Length > ReferralConfiguration.ReasonLength)
        {
            return ReferralResult.Invalid(field, ReferralProblemCode.TooLong);
        }

        return scanner.Scan(reason).Count > 0 ? ReferralResult.Invalid(field, ReferralProblemCode.ContainsPersonalData) : null;
    }
}
