using Charity.Marketplace.Events;
using Charity.Marketplace.Referrals;
using Charity.Marketplace.Rewards;
using Charity.Marketplace.Visits;
using Charity.Persistence.Tests.Referrals;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Charity.Persistence.Tests.Rewards;

/// <summary>The referral desk with the portal's own points services: confirmed visits and completed referrals to pay.</summary>
internal sealed class RewardDesk(ReferralDesk referrals, IServiceProvider services)
{
    public ReferralDesk Referrals { get; } = referrals;

    public LedgerAccounts Accounts => services.GetRequiredService<LedgerAccounts>();

    public Ledger Ledger => services.GetRequiredService<Ledger>();

    public static async Task<RewardDesk> OpenAsync(PortalFactory portal) => new(await ReferralDesk.OpenAsync(portal), portal.Services);

    /// <summary>A service of a new scope of the portal, as a request or a job would get it.</summary>
    public T Get<T>()
        where T : notnull => services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>An accepted referral with a confirmed visit of <paramref name="minutes"/> by the volunteer; returns the event.</summary>
    public async Task<VisitConfirmed> ConfirmedVisitAsync(Guid volunteer, int minutes = 90)
    {
        var referral = await Referrals.AcceptedAsync();
        var logged = await Referrals.Visits().LogAsync(Referrals.Agency, referral, ReferralDesk.Visit(volunteer) with { Minutes = minutes });
        Assert.Equal(ReferralOutcome.Done, logged.Outcome);
        var visit = Assert.Single(await Referrals.Queries.VisitsAsync(Referrals.Caseworker, referral));
        Assert.Equal(ReferralOutcome.Done, (await Referrals.Visits().ConfirmAsync(Referrals.Caseworker, visit.Id, visit.Version)).Outcome);
        return (await EventAsync<VisitConfirmed>(e => e.VisitId == visit.Id))!;
    }

    /// <summary>The outbox event of this type that matches, or null.</summary>
    public async Task<TEvent?> EventAsync<TEvent>(Func<TEvent, bool> match)
        where TEvent : class
    {
        await using var db = await Referrals.Contexts.CreateDbContextAsync();
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Type == typeof(TEvent).Name).ToListAsync();
        return messages.Select(m => m.Read<TEvent>()).SingleOrDefault(match);
    }

    public async Task<OutboxMessage> MessageAsync(Guid messageOf, string type)
    {
        await using var db = await Referrals.Contexts.CreateDbContextAsync();
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Type == type).ToListAsync();
        return messages.Single(m => m.Payload.Contains(messageOf.ToString(), StringComparison.Ordinal));
    }

    public async Task<long> VolunteerBalanceAsync(Guid volunteer) =>
        (await Accounts.FindAsync(RewardAccounts.VolunteerOwner(volunteer), AccountKind.Person, "SHELL"))?.Balance ?? 0;

    public async Task<long> OrganisationBalanceAsync(Guid organisation) =>
        (await Accounts.FindAsync(RewardAccounts.OrganisationOwner(organisation), AccountKind.Organisation, "SHELL"))?.Balance ?? 0;
}
