using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Privacy;

/// <summary>
/// A keyed HMAC of an ID number, so a file can be found by ID number and a second file for the same person
/// refused, without storing the number in a searchable form. The key is created on first use and kept
/// encrypted with the Data Protection keys, so every portal node computes the same index.
/// </summary>
public sealed class IdNumberBlindIndex(IDbContextFactory<MarketplaceDbContext> contextFactory, IDataProtectionProvider protection) : IDisposable
{
    private readonly IDataProtector _protector = protection.CreateProtector("Charity.Marketplace.Privacy.BlindIndexKey.v1");
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public void Dispose() => _loading.Dispose();

    public async Task<string> ComputeAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var key = _key ?? await LoadKeyAsync(cancellationToken);
        var normalised = idNumber.Trim().ToUpperInvariant();
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalised)));
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_key is not null)
            {
                return _key;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.BlindIndexKeys.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (stored is null)
            {
                db.BlindIndexKeys.Add(new BlindIndexKey(_protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another node created the key first: use theirs.
                }

                await using var reread = await contextFactory.CreateDbContextAsync(cancellationToken);
                stored = await reread.BlindIndexKeys.AsNoTracking().SingleAsync(cancellationToken);
            }

            _key = Convert.FromBase64String(_protector.Unprotect(stored.ProtectedSecret));
            return _key;
        }
        finally
        {
            _loading.Release();
        }
    }
}
