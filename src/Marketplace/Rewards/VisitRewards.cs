using Charity.Marketplace.Events;
using Charity.Marketplace.Visits;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// Pays the volunteers of a confirmed visit: hours × points per hour × the item's multiplier, within the daily cap,
/// from the rules' volunteer budget. The visit and volunteer make the idempotency key, so a redelivered event
/// pays nothing twice; an empty budget leaves the event pending until the bureau tops it up.
/// </summary>
public sealed class VisitRewards(
    IDbContextFactory<MarketplaceDbContext> contextFactory, RewardRulesService rules, RewardBudgets budgets, RewardAccounts accounts, Ledger ledger, TimeProvider clock)
    : IOutboxHandler
{
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
        var multiplier = settings.MultiplierFor(visit.ServiceItemCode, await CategoryOfAsync(visit.ServiceItemCode, cancellationToken));
        var points = settings.VolunteerPoints(visit.Minutes, multiplier);
        var budgetAccount = await budgets.AccountOfAsync(settings.Budgets.VolunteerHours, cancellationToken);
        foreach (var volunteerId in visit.VolunteerIds.Distinct())
        {
            var payment = new VolunteerPayment(visit, volunteerId, ruleSet.Number, $"{visit.Minutes} min × {multiplier:0.##} · v{ruleSet.Number}");
            if (!await PayVolunteerAsync(payment, points, settings.VolunteerDailyCap, budgetAccount, cancellationToken))
            {
                return OutboxDelivery.RetryLater;
            }
        }

        return OutboxDelivery.Delivered;
    }

    /// <summary>Pays one volunteer once; false when the budget cannot pay now.</summary>
    private async Task<bool> PayVolunteerAsync(VolunteerPayment payment, long points, int dailyCap, Guid budgetAccount, CancellationToken cancellationToken)
    {
        var (visit, volunteerId) = (payment.Visit, payment.VolunteerId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.VolunteerEarnings.AnyAsync(e => e.VisitId == visit.VisitId && e.VolunteerId == volunteerId, cancellationToken))
        {
            return true;
        }

        var earnedThatDay = await db.VolunteerEarnings
            .Where(e => e.VolunteerId == volunteerId && e.ServiceDate == visit.VisitDate)
            .SumAsync(e => e.Points, cancellationToken);
        var amount = Math.Clamp(points, 0, Math.Max(0, dailyCap - earnedThatDay));
        Guid? transactionId = null;
        if (amount > 0)
        {
            var account = await accounts.VolunteerAsync(volunteerId, cancellationToken);
            var result = await ledger.TransferAsync(
                TransferRequest.Move(
                    $"{RewardReferences.Visit}:{visit.VisitId:N}:{volunteerId:N}", new BusinessReference(RewardReferences.Visit, visit.VisitId.ToString("N")),
                    payment.Description, budgetAccount, account.Id, amount),
                cancellationToken);
            if (result.Status == TransferStatus.InsufficientFunds)
            {
                return false;
            }

            // A retry after a crash between the ledger and this table finds the first payment, whatever the cap says now.
            var transaction = result.Transaction ?? throw new InvalidOperationException($"Paying visit {visit.VisitId} was refused: {result.Status}.");
            transactionId = transaction.Id;
            amount = transaction.Postings.Single(p => p.AccountId == account.Id).Amount;
        }

        db.VolunteerEarnings.Add(new VolunteerEarning(visit.VisitId, volunteerId, visit.VisitDate, amount, payment.RuleSetNumber, transactionId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<string> CategoryOfAsync(string itemCode, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.Where(i => i.Code == itemCode).Select(i => i.Category.Code).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
    }

    private sealed record VolunteerPayment(VisitConfirmed Visit, Guid VolunteerId, int RuleSetNumber, string Description);
}
