using System.Data.Common;
using Charity.Points.Verification;
using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Accounts;

/// <summary>Opens accounts and reads their balances and statements.</summary>
public sealed class LedgerAccounts(IDbContextFactory<PointsDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Opens the account of <paramref name="owner"/> of this kind and unit, or returns it if it is already open
    /// (also when another caller opens it at the same moment).
    /// </summary>
    /// <exception cref="ArgumentException">The owner is empty or too long, or the unit is not 1–8 capital letters.</exception>
    public async Task<AccountView> OpenAsync(string owner, AccountKind kind, string unit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(owner.Length, AccountRules.OwnerMaxLength, nameof(owner));
        if (!LedgerUnits.IsWellFormed(unit))
        {
            throw new ArgumentException("A unit is 1 to 8 capital letters, such as SHELL or CNY.", nameof(unit));
        }

        if (await FindAsync(owner, kind, unit, cancellationToken) is { } existing)
        {
            return existing;
        }

        var id = Guid.CreateVersion7();
        var account = new Account
        {
            Id = id,
            Owner = owner,
            Kind = kind,
            Unit = unit,
            HashHead = ChainHashes.Genesis(id, owner, kind, unit),
            OpenedAt = clock.GetUtcNow().TruncatedToMicroseconds(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ToView(account);
        }
        catch (DbUpdateException exception) when (exception.InnerException is DbException)
        {
            // Opened concurrently: the unique index on (owner, kind, unit) kept one; return that one.
            if (await FindAsync(owner, kind, unit, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }

            throw;
        }
    }

    /// <summary>The account with this id, or null.</summary>
    public async Task<AccountView?> GetAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is null ? null : ToView(account);
    }

    /// <summary>The accounts with these ids, by id; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, AccountView>> GetManyAsync(IEnumerable<Guid> accountIds, CancellationToken cancellationToken = default)
    {
        var ids = accountIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        return accounts.ToDictionary(a => a.Id, ToView);
    }

    /// <summary>The account of <paramref name="owner"/> of this kind and unit, or null if none is open.</summary>
    public async Task<AccountView?> FindAsync(string owner, AccountKind kind, string unit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Owner == owner && a.Kind == kind && a.Unit == unit, cancellationToken);
        return account is null ? null : ToView(account);
    }

    /// <summary>The account's postings, newest first, one page at a time.</summary>
    public async Task<IReadOnlyList<AccountEntry>> GetStatementAsync(Guid accountId, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AccountEntryRows.Of(db, accountId)
            .OrderByDescending(r => r.Posting.AccountSequence)
            .Skip(skip).Take(take)
            .Select(AccountEntryRows.ToEntry)
            .ToListAsync(cancellationToken);
    }

    private static AccountView ToView(Account account) =>
        new(account.Id, account.Owner, account.Kind, account.Unit, account.Balance, account.OpenedAt);
}
