using Charity.Points;
using Charity.Points.Accounts;

namespace Charity.Marketplace.Rewards;

/// <summary>
/// Who owns which points account. The ledger knows owners only as opaque strings; these are the marketplace's,
/// and an account is opened the first time it is needed.
/// </summary>
public sealed class RewardAccounts(LedgerAccounts accounts)
{
    public static string VolunteerOwner(Guid volunteerId) => $"volunteer:{volunteerId:N}";

    public static string OrganisationOwner(Guid organisationId) => $"organisation:{organisationId:N}";

    public static string HouseholdOwner(Guid caseFileId) => $"household:{caseFileId:N}";

    public static string BudgetOwner(Guid budgetId) => $"budget:{budgetId:N}";

    public static string FundingOwner(Guid budgetId) => $"funding:{budgetId:N}";

    /// <summary>Points volunteers gave to a station's households, until its caseworkers pass them on (爱心转赠).</summary>
    public static string GiftPoolOwner(Guid stationId) => $"gifts:{stationId:N}";

    public Task<AccountView> VolunteerAsync(Guid volunteerId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(VolunteerOwner(volunteerId), AccountKind.Person, LedgerUnits.Shell, cancellationToken);

    public Task<AccountView> OrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(OrganisationOwner(organisationId), AccountKind.Organisation, LedgerUnits.Shell, cancellationToken);

    public Task<AccountView> HouseholdAsync(Guid caseFileId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(HouseholdOwner(caseFileId), AccountKind.Household, LedgerUnits.Shell, cancellationToken);

    public Task<AccountView> FundingAsync(Guid budgetId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(FundingOwner(budgetId), AccountKind.Funding, LedgerUnits.Shell, cancellationToken);

    public Task<AccountView> BudgetAsync(Guid budgetId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(BudgetOwner(budgetId), AccountKind.Budget, LedgerUnits.Shell, cancellationToken);

    public Task<AccountView> GiftPoolAsync(Guid stationId, CancellationToken cancellationToken = default) =>
        accounts.OpenAsync(GiftPoolOwner(stationId), AccountKind.Budget, LedgerUnits.Shell, cancellationToken);

    /// <summary>The account of a volunteer, or null before they earned anything.</summary>
    public Task<AccountView?> FindVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken = default) =>
        accounts.FindAsync(VolunteerOwner(volunteerId), AccountKind.Person, LedgerUnits.Shell, cancellationToken);

    /// <summary>The account of an organisation, or null before it earned anything.</summary>
    public Task<AccountView?> FindOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default) =>
        accounts.FindAsync(OrganisationOwner(organisationId), AccountKind.Organisation, LedgerUnits.Shell, cancellationToken);

    /// <summary>A station's gift pool, or null before any volunteer gave to it.</summary>
    public Task<AccountView?> FindGiftPoolAsync(Guid stationId, CancellationToken cancellationToken = default) =>
        accounts.FindAsync(GiftPoolOwner(stationId), AccountKind.Budget, LedgerUnits.Shell, cancellationToken);

    /// <summary>The account of a household, or null before it earned or was given anything.</summary>
    public Task<AccountView?> FindHouseholdAsync(Guid caseFileId, CancellationToken cancellationToken = default) =>
        accounts.FindAsync(HouseholdOwner(caseFileId), AccountKind.Household, LedgerUnits.Shell, cancellationToken);
}
