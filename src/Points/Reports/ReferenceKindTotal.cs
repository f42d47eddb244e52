namespace Charity.Points.Reports;

/// <summary>What one kind of business event moved in or out of an account.</summary>
/// <param name="ReferenceKind">The kind, such as <c>visit-confirmed</c>.</param>
/// <param name="Credits">The sum of its credits to the account.</param>
/// <param name="Debits">The sum of its debits from the account, as a positive number.</param>
/// <param name="Count">Its postings on the account.</param>
public sealed record ReferenceKindTotal(string ReferenceKind, long Credits, long Debits, int Count);
