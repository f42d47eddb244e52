using Charity.Points.Accounts;
using Charity.Points.Store;
using Charity.Points.Transactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Charity.Points;

/// <summary>
/// The ledger's unit of work. It shares the marketplace's database but keeps its own tables (prefixed
/// <c>Points</c>) and its own migrations history table, so either module can be migrated on its own.
/// </summary>
public sealed class PointsDbContext(DbContextOptions<PointsDbContext> options) : DbContext(options)
{
    /// <summary>The migrations history table of this context; each provider's migrations assembly uses it.</summary>
    public const string MigrationsHistoryTable = "__PointsMigrationsHistory";

    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    internal DbSet<Account> Accounts => Set<Account>();

    internal DbSet<LedgerTransaction> Transactions => Set<LedgerTransaction>();

    internal DbSet<Posting> Postings => Set<Posting>();

    internal DbSet<StoreItem> StoreItems => Set<StoreItem>();

    internal DbSet<StoreOrder> StoreOrders => Set<StoreOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PointsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.ProviderName == SqliteProviderName)
        {
            // SQLite has no date-time type that sorts; UTC ticks sort, compare and keep full precision.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
