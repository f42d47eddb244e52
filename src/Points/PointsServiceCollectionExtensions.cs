using Charity.Points.Accounts;
using Charity.Points.Expiry;
using Charity.Points.Reports;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Charity.Points.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Charity.Points;

/// <summary>Registration of the ledger's services.</summary>
public static class PointsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Ledger"/>, <see cref="LedgerAccounts"/>, <see cref="LedgerVerifier"/>,
    /// <see cref="LedgerReports"/>, <see cref="PointsExpiry"/> and the points supermarket's
    /// <see cref="StoreCatalog"/>, <see cref="StoreOrders"/> and <see cref="StoreOrderQueries"/>. The host
    /// registers <c>IDbContextFactory&lt;PointsDbContext&gt;</c> for its database provider.
    /// </summary>
    public static IServiceCollection AddPointsLedger(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Ledger>();
        services.AddSingleton<LedgerAccounts>();
        services.AddSingleton<LedgerVerifier>();
        services.AddSingleton<LedgerReports>();
        services.AddSingleton<PointsExpiry>();
        services.AddSingleton<StoreCatalog>();
        services.AddSingleton<StoreOrders>();
        services.AddSingleton<StoreOrderQueries>();
        return services;
    }
}
