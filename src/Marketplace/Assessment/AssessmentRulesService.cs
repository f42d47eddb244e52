using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Assessment;

/// <summary>The versioned assessment rules: the current version, and saving a new one (never editing an old one).</summary>
public sealed class AssessmentRulesService(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The highest version, creating version 1 from the defaults on first use.</summary>
    public async Task<AssessmentRuleSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            return current;
        }

        db.AssessmentRuleSets.Add(new AssessmentRuleSet(1, AssessmentRules.Default, clock.GetUtcNow(), "system"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created version 1 at the same moment.
        }

        await using var reread = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await reread.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Number).FirstAsync(cancellationToken);
    }

    /// <summary>Every version, newest first, for the history of who changed the rules when.</summary>
    public async Task<IReadOnlyList<(int Number, DateTimeOffset CreatedAt, string CreatedBy)>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var versions = await db.AssessmentRuleSets.AsNoTracking().OrderByDescending(r => r.Number).Select(r => new { r.Number, r.CreatedAt, r.CreatedBy }).ToListAsync(cancellationToken);
        return versions.Select(v => (v.Number, v.CreatedAt, v.CreatedBy)).ToList();
    }

    /// <summary>Saves the rules as the next version; returns the problems instead when they are not valid.</summary>
    public async Task<(int? Number, IReadOnlyList<AssessmentRulesProblem> Problems)> SaveAsync(AssessmentRules rules, string savedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.Validate();
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var current = await CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var next = new AssessmentRuleSet(current.Number + 1, rules, clock.GetUtcNow(), savedBy);
        db.AssessmentRuleSets.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return (next.Number, []);
    }
}
