using Charity.Marketplace.Cases;
using Charity.Marketplace.Localization;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// Points for households: paid for public-benefit work their caseworker logs, and their balance for the station.
/// Only the household's own station (or the bureau) may do either.
/// </summary>
public sealed class HouseholdRewards(
    IDbContextFactory<MarketplaceDbContext> contextFactory, RewardRulesService rules, RewardBudgets budgets, RewardAccounts accounts,
    Ledger ledger, PersonalDataScanner scanner, TimeProvider clock)
{
    /// <summary>Pays the household for the work from the rules' household budget and writes it on the timeline.</summary>
    public async Task<RewardResult> LogWorkAsync(CaseAccess access, Guid caseFileId, HouseholdWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(work);
        if (ProblemWith(work) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await access.Visible(db.CaseFiles).AnyAsync(f => f.Id == caseFileId, cancellationToken))
        {
            return RewardResult.NotFound;
        }

        var settings = (await rules.InEffectAtAsync(clock.GetUtcNow(), cancellationToken)).Rules;
        var points = settings.HouseholdPoints(work.Hours);
        var budgetAccount = await budgets.AccountOfAsync(settings.Budgets.HouseholdWork, cancellationToken);
        var household = await accounts.HouseholdAsync(caseFileId, cancellationToken);
        var description = $"{work.Date:yyyy-MM-dd} · {work.Hours:0.#} h · {work.Activity.Trim()}";
        var result = await ledger.TransferAsync(
            TransferRequest.Move($"{RewardReferences.HouseholdWork}:{work.RequestId:N}", new BusinessReference(RewardReferences.HouseholdWork, work.RequestId.ToString("N")), description, budgetAccount, household.Id, points),
            cancellationToken);
        if (result.Status == TransferStatus.InsufficientFunds)
        {
            return RewardResult.InsufficientPoints;
        }

        var transaction = result.Transaction ?? throw new InvalidOperationException($"Paying household work was refused: {result.Status}.");
        if (result.Status == TransferStatus.Applied)
        {
            db.CaseFileEvents.Add(access.Event(caseFileId, CaseEventKind.PublicBenefitWorkLogged, clock.GetUtcNow(), $"{description} · +{points}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return RewardResult.Done(transaction.Id);
    }

    /// <summary>The household's points, or null when the case file is not the caller's to see.</summary>
    public async Task<long?> BalanceAsync(CaseAccess access, Guid caseFileId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await access.Visible(db.CaseFiles).AnyAsync(f => f.Id == caseFileId, cancellationToken))
        {
            return null;
        }

        return (await accounts.FindHouseholdAsync(caseFileId, cancellationToken))?.Balance ?? 0;
    }

    private RewardResult? ProblemWith(HouseholdWork work)
    {
        var today = ChinaCalendar.Today(clock);
        if (work.Date > today || work.Date < today.AddDays(-HouseholdWork.MaximumAgeDays))
        {
            return RewardResult.Invalid(nameof(work.Date), new LocalizedText($"日期应在最近 {HouseholdWork.MaximumAgeDays} 天内，且不晚于今天。", $"The date must be within the last {HouseholdWork.MaximumAgeDays} days and not in the future."));
        }

        if (work.Hours <= 0 || work.Hours > HouseholdWork.MaximumHours || work.Hours * 2 != decimal.Truncate(work.Hours * 2))
        {
            return RewardResult.Invalid(nameof(work.Hours), new LocalizedText($"时长按半小时计，最多 {HouseholdWork.MaximumHours} 小时。", $"Hours go in halves, at most {HouseholdWork.MaximumHours}."));
        }

        if (string.IsNullOrWhiteSpace(work.Activity))
        {
            return RewardResult.Invalid(nameof(work.Activity), new LocalizedText("请写明做了什么公益劳动。", "Say what work was done."));
        }

        if (work.Activity.Trim().Length > HouseholdWork.ActivityLength)
        {
            return RewardResult.Invalid(nameof(work.Activity), new LocalizedText($"最多 {HouseholdWork.ActivityLength} 个字。", $"At most {HouseholdWork.ActivityLength} characters."));
        }

        return scanner.Scan(work.Activity).Count > 0
            ? RewardResult.Invalid(nameof(work.Activity), new LocalizedText("内容含有个人信息（姓名、电话、门牌等），请删去。", "It contains personal data (a name, phone or house number); remove it."))
            : null;
    }
}
