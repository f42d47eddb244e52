using Charity.Points.Accounts;
using Charity.Points.Transactions;
using Charity.Points.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charity.Points;

/// <summary>Registration of the ledger's services.</summary>
public static class PointsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Ledger"/>, <see cref="LedgerAccounts"/> and <see cref="LedgerVerifier"/>. The host
    /// registers <c>IDbContextFactory&lt;PointsDbContext&gt;</c> for its database provider.
    /// </summary>
    public static IServiceCollection AddPointsLedger(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Ledger>();
        services.AddSingleton<LedgerAccounts>();
        services.AddSingleton<LedgerVerifier>();
        return services;
    }
}
