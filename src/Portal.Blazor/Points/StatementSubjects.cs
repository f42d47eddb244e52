using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// Resolves whose statement a reader asked for, and whether they may see it: their own (a volunteer's, or their
/// organisation's for its staff), a budget's for the bureau's Admins, a household's for those who may see its case
/// file (its station's caseworkers and the bureau). The same rules serve the statement page and its download.
/// </summary>
internal sealed class StatementSubjects(
    SignedInVolunteer volunteers, RewardAccounts accounts, RewardBudgets budgets, CaseFileService caseFiles, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>The subject, or null when there is none the reader may see.</summary>
    public async Task<StatementSubject?> FindAsync(ClaimsPrincipal user, StatementOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return owner switch
        {
            { Budget: null, Household: null } => await OwnAsync(user, cancellationToken),
            { Budget: { } budget, Household: null } when user.IsInRole(PortalRoles.Admin) => await BudgetAsync(budget, cancellationToken),
            { Budget: null, Household: { } caseFile } when user.IsInRole(PortalRoles.Caseworker) || user.IsInRole(PortalRoles.Admin) =>
                await HouseholdAsync(user, caseFile, cancellationToken),
            _ => null,
        };
    }

    private async Task<StatementSubject?> OwnAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(PortalRoles.ProviderStaff))
        {
            var account = PortalClaims.OrganisationOf(user) is { } organisation ? await accounts.FindOrganisationAsync(organisation, cancellationToken) : null;
            return new StatementSubject(account?.Id, null, localizer["Leaderboard.Title"], "/points/leaderboard", localizer["Statement.NoOrganisationAccount"]);
        }

        if (user.IsInRole(PortalRoles.Volunteer))
        {
            var account = (await volunteers.FindAsync(user, cancellationToken))?.Account;
            return new StatementSubject(account?.Id, null, localizer["MyPoints.Title"], "/points", localizer["MyPoints.NoAccount.Body"]);
        }

        return null;
    }

    private async Task<StatementSubject?> BudgetAsync(Guid budgetId, CancellationToken cancellationToken) =>
        await budgets.FindAsync(budgetId, cancellationToken) is { } budget
            ? new StatementSubject(budget.AccountId, localizer["Statement.BudgetOf", budget.Name, budget.Sponsor], localizer["PointsAdmin.Title"], "/admin/points", string.Empty)
            : null;

    private async Task<StatementSubject?> HouseholdAsync(ClaimsPrincipal user, Guid caseFileId, CancellationToken cancellationToken)
    {
        if (await caseFiles.FindAsync(CaseAccessOf.User(user), caseFileId, cancellationToken) is not { } file)
        {
            return null;
        }

        var account = await accounts.FindHouseholdAsync(caseFileId, cancellationToken);
        return new StatementSubject(
            account?.Id, localizer["Statement.HouseholdOf", file.FileNumber], file.FileNumber, $"/cases/{file.Id}", localizer["Statement.NoHouseholdAccount"]);
    }
}
