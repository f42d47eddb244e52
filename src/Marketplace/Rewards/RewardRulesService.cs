using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>The versioned reward rules: the current version, the one in effect at a moment, and saving a new one.</summary>
public sealed class RewardRulesService(IDbContextFactory<MarketplaceDbContext> contextFactory, RewardBudgets budgets, TimeProvider clock)
{
    /// <summary>The highest version, creating version 1 from the defaults (paid from the bureau's budget) on first use.</summary>
    public async Task<RewardRuleSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RewardRuleSets.AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            ?? await CreateFirstAsync(cancellationToken);
    }

    /// <summary>The version that applied at <paramref name="at"/>: the latest saved by then, else the first.</summary>
    public async Task<RewardRuleSet> InEffectAtAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var versions = db.RewardRuleSets.AsNoTracking();
        return await versions.Where(r => r.CreatedAt <= at).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            ?? await versions.OrderBy(r => r.Number).FirstOrDefaultAsync(cancellationToken)
            ?? await CreateFirstAsync(cancellationToken);
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<RewardRuleSet>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RewardRuleSets.AsNoTracking().OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
    }

    /// <summary>Saves the rules as the next version; returns the problems instead when they are not valid.</summary>
    public async Task<(int? Number, IReadOnlyList<RewardRulesProblem> Problems)> SaveAsync(RewardRules rules, string savedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.Validate().Concat(await budgets.ProblemsWithAsync(rules.Budgets, cancellationToken)).ToList();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var current = await CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var next = new RewardRuleSet(current.Number + 1, rules, clock.GetUtcNow(), savedBy);
        db.RewardRuleSets.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return (next.Number, []);
    }

    private async Task<RewardRuleSet> CreateFirstAsync(CancellationToken cancellationToken)
    {
        var bureau = await budgets.BureauBudgetAsync(cancellationToken);
        var rules = RewardRules.Default with { Budgets = new RuleBudgets(bureau.Id, bureau.Id, bureau.Id) };
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            // Dated at the beginning of time, so events from before anyone opened the rules are paid by them too.
            db.RewardRuleSets.Add(new RewardRuleSet(1, rules, DateTimeOffset.UnixEpoch, "system"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request created version 1 at the same moment.
            }
        }

        await using var reread = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await reread.RewardRuleSets.AsNoTracking().SingleAsync(r => r.Number == 1, cancellationToken);
    }
}
