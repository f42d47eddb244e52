using Charity.Marketplace.Events;
using Charity.Marketplace.Referrals;
using Charity.Points.Transactions;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// Rewards an organisation for a completed referral rated at least the rules' minimum satisfaction (以奖代补), from
/// the rules' referral budget. The referral is the idempotency key; an empty budget leaves the event pending.
/// </summary>
public sealed class ReferralRewards(RewardRulesService rules, RewardBudgets budgets, RewardAccounts accounts, Ledger ledger) : IOutboxHandler
{
    public string EventType => nameof(ReferralCompleted);

    public Task<OutboxDelivery> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PayAsync(message.Read<ReferralCompleted>(), cancellationToken);
    }

    public async Task<OutboxDelivery> PayAsync(ReferralCompleted completed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var ruleSet = await rules.InEffectAtAsync(completed.CompletedAt, cancellationToken);
        var settings = ruleSet.Rules;
        if (completed.Satisfaction < settings.OrganisationRewardMinimumSatisfaction || settings.OrganisationRewardPoints == 0)
        {
            return OutboxDelivery.Delivered;
        }

        var budgetAccount = await budgets.AccountOfAsync(settings.Budgets.CompletedReferrals, cancellationToken);
        var account = await accounts.OrganisationAsync(completed.OrganisationId, cancellationToken);
        var result = await ledger.TransferAsync(
            TransferRequest.Move(
                $"{RewardReferences.CompletedReferral}:{completed.ReferralId:N}", new BusinessReference(RewardReferences.CompletedReferral, completed.ReferralId.ToString("N")),
                $"★{completed.Satisfaction} · v{ruleSet.Number}", budgetAccount, account.Id, settings.OrganisationRewardPoints),
            cancellationToken);
        return result.Status switch
        {
            TransferStatus.InsufficientFunds => OutboxDelivery.RetryLater,
            _ when result.Succeeded => OutboxDelivery.Delivered,
            _ => throw new InvalidOperationException($"Rewarding referral {completed.ReferralId} was refused: {result.Status}."),
        };
    }
}
