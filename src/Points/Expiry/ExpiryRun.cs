namespace Charity.Points.Expiry;

/// <summary>What one run of <see cref="PointsExpiry.ExpireDueAsync"/> did.</summary>
/// <param name="AccountsChecked">Person and household accounts with a balance and points earned by the cutoff.</param>
/// <param name="AccountsExpired">Accounts from which points were moved to the expiry account by this run.</param>
/// <param name="PointsExpired">The points moved by this run.</param>
public sealed record ExpiryRun(int AccountsChecked, int AccountsExpired, long PointsExpired);
