using Charity.Marketplace.Catalog;
using Charity.Marketplace.Events;
using Charity.Marketplace.Visits;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// Pays the volunteers of a confirmed visit: hours × points per hour × the item's multiplier, within the daily cap,
/// from the rules' volunteer budget. Each volunteer's amount is settled once against their day (races for the
/// same day conflict and are settled again), then paid with the visit and volunteer as idempotency key, so a
/// redelivered event pays nothing twice; an empty budget leaves the event pending until the bureau tops it up.
/// </summary>
public sealed class VisitRewards(
    IDbContextFactory<MarketplaceDbContext> contextFactory, RewardRulesService rules, RewardBudgets budgets, RewardAccounts accounts,
    ServiceCatalogQueries catalog, Ledger ledger, TimeProvider clock)
    : IOutboxHandler
{
    private const int SettlementAttempts = 5;

    public string EventType => nameof(VisitConfirmed);

    public Task<OutboxDelivery> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PayAsync(message.Read<VisitConfirmed>(), cancellationToken);
    }

    public async Task<OutboxDelivery> PayAsync(VisitConfirmed visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var ruleSet = await rules.InEffectAtAsync(visit.ConfirmedAt, cancellationToken);
        var settings = ruleSet.Rules;
        var multiplier = settings.MultiplierFor(visit.ServiceItemCode, await catalog.CategoryCodeOfAsync(visit.ServiceItemCode, cancellationToken));
        var terms = new PaymentTerms(ruleSet.Number, settings.VolunteerPoints(visit.Minutes, multiplier), settings.VolunteerDailyCap, $"{visit.Minutes} min × {multiplier:0.##} · v{ruleSet.Number}");
        var budgetAccount = await budgets.AccountOfAsync(settings.Budgets.VolunteerHours, cancellationToken);
        foreach (var volunteerId in visit.VolunteerIds.Distinct())
        {
            var earning = await SettleAsync(visit, volunteerId, terms, cancellationToken);
            if (earning.AwaitsPayment && !await PayAsync(earning, budgetAccount, cancellationToken))
            {
                return OutboxDelivery.RetryLater;
            }
        }

        return OutboxDelivery.Delivered;
    }

    /// <summary>The volunteer's earning for the visit: the one settled before, or one settled now within the day's cap.</summary>
    private async Task<VolunteerEarning> SettleAsync(VisitConfirmed visit, Guid volunteerId, PaymentTerms terms, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await db.VolunteerEarnings.SingleOrDefaultAsync(e => e.VisitId == visit.VisitId && e.VolunteerId == volunteerId, cancellationToken) is { } settled)
            {
                return settled;
            }

            var day = await db.VolunteerDays.SingleOrDefaultAsync(d => d.VolunteerId == volunteerId && d.ServiceDate == visit.VisitDate, cancellationToken);
            if (day is null)
            {
                day = new VolunteerDay(volunteerId, visit.VisitDate);
                db.VolunteerDays.Add(day);
            }

            var earning = new VolunteerEarning(visit.VisitId, volunteerId, visit.VisitDate, day.Take(terms.Points, terms.DailyCap), terms.RuleSetNumber, terms.Description, clock.GetUtcNow());
            db.VolunteerEarnings.Add(earning);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return earning;
            }
            catch (DbUpdateException) when (attempt < SettlementAttempts)
            {
                // Another payment for the same day, or the same earning, was settled meanwhile: read again.
            }
        }
    }

    /// <summary>Pays a settled earning; false when the budget cannot pay now.</summary>
    private async Task<bool> PayAsync(VolunteerEarning earning, Guid budgetAccount, CancellationToken cancellationToken)
    {
        var account = await accounts.VolunteerAsync(earning.VolunteerId, cancellationToken);
        var result = await ledger.TransferAsync(
            TransferRequest.Move(
                $"{RewardReferences.Visit}:{earning.VisitId:N}:{earning.VolunteerId:N}", new BusinessReference(RewardReferences.Visit, earning.VisitId.ToString("N")),
                earning.Description, budgetAccount, account.Id, earning.Points),
            cancellationToken);
        if (result.Status == TransferStatus.InsufficientFunds)
        {
            return false;
        }

        var transaction = result.Transaction ?? throw new InvalidOperationException($"Paying visit {earning.VisitId} was refused: {result.Status}.");
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.VolunteerEarnings.Where(e => e.VisitId == earning.VisitId && e.VolunteerId == earning.VolunteerId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.TransactionId, transaction.Id), cancellationToken);
        return true;
    }

    private sealed record PaymentTerms(int RuleSetNumber, long Points, int DailyCap, string Description);
}
