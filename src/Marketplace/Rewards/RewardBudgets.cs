using Charity.Marketplace.Localization;
using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>The budgets points are paid from: creating one, funding it, and what each holds.</summary>
public sealed class RewardBudgets(
    IDbContextFactory<MarketplaceDbContext> contextFactory, RewardAccounts rewardAccounts, LedgerAccounts ledgerAccounts, Ledger ledger, TimeProvider clock)
{
    /// <summary>The bureau's own budget, which the default rules draw on.</summary>
    public const string BureauBudgetName = "民政局海贝分预算";

    /// <summary>The most a single funding may add, against typing errors.</summary>
    public const long MaximumFunding = 100_000_000;

    /// <summary>Every budget with its balance, by name.</summary>
    public async Task<IReadOnlyList<BudgetView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var budgets = await db.RewardBudgets.AsNoTracking().OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var accounts = await ledgerAccounts.GetManyAsync(budgets.Select(b => b.AccountId), cancellationToken);
        return [.. budgets.Select(b => new BudgetView(b.Id, b.Name, b.Sponsor, b.AccountId, accounts.GetValueOrDefault(b.AccountId)?.Balance ?? 0))];
    }

    /// <summary>The budget of that id, or null.</summary>
    public async Task<RewardBudget?> FindAsync(Guid budgetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RewardBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == budgetId, cancellationToken);
    }

    /// <summary>Creates a budget with no points in it yet.</summary>
    public async Task<RewardResult> CreateAsync(string name, string sponsor, string createdBy, CancellationToken cancellationToken = default)
    {
        if ((ProblemWithName(nameof(name), name) ?? ProblemWithName(nameof(sponsor), sponsor)) is { } problem)
        {
            return problem;
        }

        // The unique index on the name decides a race; the check first spares the ledger an unused account.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var budget = await db.RewardBudgets.AnyAsync(b => b.Name == name.Trim(), cancellationToken)
            ? null
            : await AddAsync(db, name.Trim(), sponsor.Trim(), createdBy, cancellationToken);
        return budget is null
            ? RewardResult.Invalid(nameof(name), new LocalizedText("已有同名的预算。", "A budget with this name exists."))
            : RewardResult.Done(budget.Id);
    }

    /// <summary>
    /// Adds points to a budget from its sponsor's funding. <paramref name="requestId"/> identifies the request, so
    /// a form sent twice funds once.
    /// </summary>
    public async Task<RewardResult> FundAsync(Guid budgetId, long points, Guid requestId, CancellationToken cancellationToken = default)
    {
        if (points is < 1 or > MaximumFunding)
        {
            return RewardResult.Invalid(nameof(points), new LocalizedText($"积分应在 1 到 {MaximumFunding:N0} 之间。", $"Points must be between 1 and {MaximumFunding:N0}."));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var budget = await db.RewardBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == budgetId, cancellationToken);
        if (budget is null)
        {
            return RewardResult.NotFound;
        }

        var funding = await rewardAccounts.FundingAsync(budget.Id, cancellationToken);
        var result = await ledger.TransferAsync(
            TransferRequest.Move($"{RewardReferences.BudgetFunding}:{requestId:N}", new BusinessReference(RewardReferences.BudgetFunding, budget.Id.ToString("N")), $"+{points}", funding.Id, budget.AccountId, points),
            cancellationToken);
        return result.Status is TransferStatus.Applied or TransferStatus.AlreadyApplied
            ? RewardResult.Done(budget.Id)
            : throw new InvalidOperationException($"Funding budget {budget.Id} was refused: {result.Status}.");
    }

    /// <summary>The bureau's budget, created empty on first use.</summary>
    public async Task<RewardBudget> BureauBudgetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RewardBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.Name == BureauBudgetName, cancellationToken)
            ?? await AddAsync(db, BureauBudgetName, "民政局", "system", cancellationToken)
            ?? await db.RewardBudgets.AsNoTracking().SingleAsync(b => b.Name == BureauBudgetName, cancellationToken);
    }

    /// <summary>Rules that name a budget that does not exist.</summary>
    internal async Task<IReadOnlyList<RewardRulesProblem>> ProblemsWithAsync(RuleBudgets budgets, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Guid[] named = [budgets.VolunteerHours, budgets.CompletedReferrals, budgets.HouseholdWork];
        var existing = await db.RewardBudgets.Where(b => named.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken);
        (string Rule, Guid BudgetId)[] rules =
        [
            (nameof(RuleBudgets.VolunteerHours), budgets.VolunteerHours),
            (nameof(RuleBudgets.CompletedReferrals), budgets.CompletedReferrals),
            (nameof(RuleBudgets.HouseholdWork), budgets.HouseholdWork),
        ];
        return
        [
            .. rules.Where(r => !existing.Contains(r.BudgetId))
                .Select(r => new RewardRulesProblem($"{nameof(RewardRules.Budgets)}.{r.Rule}", new LocalizedText("请选择一个预算。", "Choose a budget."))),
        ];
    }

    /// <summary>The budget account of a rule's budget.</summary>
    internal async Task<Guid> AccountOfAsync(Guid budgetId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RewardBudgets.Where(b => b.Id == budgetId).Select(b => b.AccountId).SingleAsync(cancellationToken);
    }

    private static RewardResult? ProblemWithName(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? RewardResult.Invalid(field, new LocalizedText("必填。", "Required."))
        : value.Trim().Length > RewardBudget.NameLength ? RewardResult.Invalid(field, new LocalizedText($"最多 {RewardBudget.NameLength} 个字。", $"At most {RewardBudget.NameLength} characters."))
        : null;

    /// <summary>Opens the ledger account and stores the budget; null when the name was taken meanwhile.</summary>
    private async Task<RewardBudget?> AddAsync(MarketplaceDbContext db, string name, string sponsor, string createdBy, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var account = await rewardAccounts.BudgetAsync(id, cancellationToken);
        var budget = new RewardBudget(id, name, sponsor, account.Id, clock.GetUtcNow(), createdBy);
        db.RewardBudgets.Add(budget);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return budget;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }
}

/// <summary>A budget and the points left in it.</summary>
public sealed record BudgetView(Guid Id, string Name, string Sponsor, Guid AccountId, long Balance);
