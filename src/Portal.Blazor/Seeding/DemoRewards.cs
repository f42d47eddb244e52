using Charity.Marketplace.Rewards;

namespace Charity.Portal.Blazor.Seeding;

/// <summary>The bureau's points budget and a sponsor's, funded, so that confirmed demo visits pay at once.</summary>
internal sealed class DemoRewards(RewardBudgets budgets, RewardRulesService rules)
{
    public const long BureauFunding = 500_000;
    public const long SponsorFunding = 100_000;

    /// <summary>Seed-derived request ids: seeding twice funds once.</summary>
    private static readonly Guid BureauFundingRequest = new("5eed0001-0000-4000-8000-000000000001");
    private static readonly Guid SponsorFundingRequest = new("5eed0001-0000-4000-8000-000000000002");

    public async Task SeedAsync(string sponsorName, CancellationToken cancellationToken)
    {
        await rules.CurrentAsync(cancellationToken);
        var bureau = await budgets.BureauBudgetAsync(cancellationToken);
        await budgets.FundAsync(bureau.Id, BureauFunding, BureauFundingRequest, cancellationToken);
        var sponsor = await budgets.CreateAsync($"{sponsorName}爱心积分", sponsorName, "system", cancellationToken);
        if (sponsor.Id is { } sponsorBudget)
        {
            await budgets.FundAsync(sponsorBudget, SponsorFunding, SponsorFundingRequest, cancellationToken);
        }
    }
}
