namespace Charity.Points.Accounts;

/// <summary>An account as the ledger reports it.</summary>
/// <param name="Id">The account's id, used in transfers.</param>
/// <param name="Owner">The opaque owner reference it was opened for.</param>
/// <param name="Kind">What the account stands for.</param>
/// <param name="Unit">Its unit, such as <see cref="LedgerUnits.Shell"/>.</param>
/// <param name="Balance">The current balance in the unit's smallest part.</param>
/// <param name="OpenedAt">When it was opened.</param>
public sealed record AccountView(Guid Id, string Owner, AccountKind Kind, string Unit, long Balance, DateTimeOffset OpenedAt);
