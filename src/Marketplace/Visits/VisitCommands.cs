using Charity.Marketplace.Cases;
using Charity.Marketplace.Events;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Visits;

/// <summary>
/// Providers log the visits of referrals they serve; the station's caseworker confirms or queries each. A confirmed
/// visit publishes <see cref="VisitConfirmed"/> through the outbox in the same transaction; nothing is paid here.
/// </summary>
public sealed class VisitCommands(IDbContextFactory<MarketplaceDbContext> contextFactory, PersonalDataScanner scanner, TimeProvider clock)
{
    public const int MaxMinutes = 12 * 60;

    /// <summary>Logs a visit; the first one moves the referral into service.</summary>
    public async Task<ReferralResult> LogAsync(ReferralParty party, Guid referralId, VisitDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(draft);
        if (party.Actor != ReferralActor.Provider)
        {
            return ReferralResult.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var referral = await party.Visible(db.Referrals).SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return ReferralResult.NotFound;
        }

        if (!ReferralStateMachine.IsUnderway(referral.Status))
        {
            return ReferralResult.NotAllowed;
        }

        var now = clock.GetUtcNow();
        if (await ProblemWithAsync(db, referral, draft, now, cancellationToken) is { } problem)
        {
            return problem;
        }

        var caseFileId = await db.Needs.Where(n => n.Id == referral.NeedId).Select(n => n.CaseFileId).SingleAsync(cancellationToken);
        ReferralCommands.StartService(db, referral, caseFileId, party, now);
        var visit = new Visit(referral.Id, draft, party.UserId, party.UserName, now);
        db.Visits.Add(visit);
        db.CaseFileEvents.Add(party.Event(caseFileId, CaseEventKind.VisitLogged, now, $"{draft.Date:yyyy-MM-dd} · {draft.Minutes} min"));
        return await ReferralResult.SaveAsync(db, visit.Id, cancellationToken);
    }

    /// <summary>The caseworker confirms the visit took place as logged.</summary>
    public Task<ReferralResult> ConfirmAsync(ReferralParty party, Guid visitId, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        DecideAsync(party, visitId, expectedVersion, query: null, cancellationToken);

    /// <summary>The caseworker questions the visit with a reason; the provider answers by logging it again.</summary>
    public Task<ReferralResult> QueryAsync(ReferralParty party, Guid visitId, string query, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        return ReferralCommands.CheckReason(scanner, nameof(query), query, required: true) is { } problem
            ? Task.FromResult(problem)
            : DecideAsync(party, visitId, expectedVersion, query.Trim(), cancellationToken);
    }

    private async Task<ReferralResult> DecideAsync(ReferralParty party, Guid visitId, Guid expectedVersion, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.Actor != ReferralActor.Caseworker)
        {
            return ReferralResult.NotAllowed;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await (from v in db.Visits
                           join r in party.Visible(db.Referrals) on v.ReferralId equals r.Id
                           join n in db.Needs on r.NeedId equals n.Id
                           where v.Id == visitId
                           select new { Visit = v, Referral = r, n.CaseFileId }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ReferralResult.NotFound;
        }

        if (found.Visit.Version != expectedVersion)
        {
            return ReferralResult.Conflict;
        }

        var now = clock.GetUtcNow();
        var visit = found.Visit;
        if (!(query is null ? visit.TryConfirm(now) : visit.TryQuery(query, now)))
        {
            return ReferralResult.NotAllowed;
        }

        db.CaseFileEvents.Add(party.Event(found.CaseFileId, query is null ? CaseEventKind.VisitConfirmed : CaseEventKind.VisitQueried, now, query));
        if (query is null)
        {
            db.Outbox.Add(OutboxMessage.For(
                new VisitConfirmed(visit.Id, found.Referral.Id, found.Referral.OrganisationId, found.Referral.ServiceItemCode, visit.VisitDate, visit.Minutes, visit.VolunteerIds, now),
                now));
        }

        return await ReferralResult.SaveAsync(db, visit.Id, cancellationToken);
    }

    private async Task<ReferralResult?> ProblemWithAsync(MarketplaceDbContext db, Referral referral, VisitDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (draft.Minutes is < 1 or > MaxMinutes)
        {
            return ReferralResult.Invalid(nameof(VisitDraft.Minutes), ReferralProblemCode.MinutesOutOfRange);
        }

        if (draft.Date > ChinaCalendar.DateOf(now))
        {
            return ReferralResult.Invalid(nameof(VisitDraft.Date), ReferralProblemCode.DateInTheFuture);
        }

        if (referral.AcceptedAt is { } accepted && draft.Date < ChinaCalendar.DateOf(accepted))
        {
            return ReferralResult.Invalid(nameof(VisitDraft.Date), ReferralProblemCode.DateBeforeAcceptance);
        }

        if (draft is { CheckIn: { } checkIn, CheckOut: { } checkOut } && checkOut <= checkIn)
        {
            return ReferralResult.Invalid(nameof(VisitDraft.CheckOut), ReferralProblemCode.CheckOutBeforeCheckIn);
        }

        if (draft.Notes is { } notes && notes.Trim().Length > VisitConfiguration.NotesLength)
        {
            return ReferralResult.Invalid(nameof(VisitDraft.Notes), ReferralProblemCode.TooLong);
        }

        if (draft.Notes is { } text && scanner.Scan(text).Count > 0)
        {
            return ReferralResult.Invalid(nameof(VisitDraft.Notes), ReferralProblemCode.ContainsPersonalData);
        }

        var volunteers = draft.VolunteerIds.Distinct().ToList();
        var members = await db.TeamMemberships.CountAsync(
            m => m.OrganisationId == referral.OrganisationId && m.Status == MembershipStatus.Active && volunteers.Contains(m.VolunteerId), cancellationToken);
        return members == volunteers.Count ? null : ReferralResult.Invalid(nameof(VisitDraft.VolunteerIds), ReferralProblemCode.NotATeamVolunteer);
    }
}
