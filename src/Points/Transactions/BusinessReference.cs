namespace Charity.Points.Transactions;

/// <summary>The business event that caused a transaction, such as <c>("visit-confirmed", "{visit id}")</c>.</summary>
/// <param name="Kind">The kind of event; at most 64 characters.</param>
/// <param name="Id">The event's id; at most 128 characters.</param>
public readonly record struct BusinessReference(string Kind, string Id)
{
    internal const int KindMaxLength = 64;
    internal const int IdMaxLength = 128;

    internal bool IsWellFormed =>
        Kind is { Length: > 0 and <= KindMaxLength } && Id is { Length: > 0 and <= IdMaxLength };
}
