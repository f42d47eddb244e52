namespace Charity.Portal.Blazor.Points;

/// <summary>
/// A statement's owner as its reader may see it: the ledger account (null before it earned anything), a line naming
/// the owner under the heading (none for the reader's own), the page the breadcrumb leads back to, and what to say
/// while there is no account.
/// </summary>
internal sealed record StatementSubject(Guid? AccountId, string? Name, string HomeTitle, string HomeLink, string NoAccountMessage);
