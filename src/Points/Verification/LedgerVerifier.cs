using Microsoft.EntityFrameworkCore;

namespace Charity.Points.Verification;

/// <summary>
/// Proves the stored ledger is what was written: every transaction sums to zero per unit and matches its
/// hash, every account's postings form an unbroken hash chain, and cached balances equal the sums of
/// postings. Rows are streamed, never all loaded. Anyone able to rewrite the database could also rewrite
/// every hash after a change; publishing account hash heads elsewhere (a statement, a digest) closes that gap.
/// </summary>
public sealed class LedgerVerifier(IDbContextFactory<PointsDbContext> contexts)
{
    /// <summary>At most this many findings are listed in a report; all are counted.</summary>
    public const int MaxFindings = 100;

    /// <summary>Walks the whole ledger. Run it while no transfers are written for a report of one moment.</summary>
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var findings = new FindingLog(MaxFindings);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var (transactions, postings) = await TransactionCheck.RunAsync(db, findings, cancellationToken);
        var accounts = await AccountChainCheck.RunAsync(db, findings, cancellationToken);
        return new VerificationReport(transactions, postings, accounts, findings.Count, findings.Kept);
    }
}
