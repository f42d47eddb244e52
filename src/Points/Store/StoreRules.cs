using Charity.Points.Accounts;

namespace Charity.Points.Store;

/// <summary>The limits of store items and orders, checked before anything is written.</summary>
public static class StoreRules
{
    /// <summary>Sponsors, pick-up locations and collectors are opaque references, as long as account owners.</summary>
    public const int ReferenceMaxLength = AccountRules.OwnerMaxLength;
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1_000;
    public const int ReasonMaxLength = 500;

    /// <summary>With <see cref="MaxQuantity"/>, keeps an order's points far below the ledger's largest amount.</summary>
    public const long MaxPrice = 1_000_000_000;
    public const int MaxQuantity = 1_000;

    internal static bool IsReference(string? value) => value is { Length: > 0 and <= ReferenceMaxLength } && !string.IsNullOrWhiteSpace(value);

    internal static bool IsWellFormed(StoreItemDetails details) =>
        details is not null
        && details.Name is { Length: > 0 and <= NameMaxLength } && !string.IsNullOrWhiteSpace(details.Name)
        && details.Description is { Length: <= DescriptionMaxLength }
        && Enum.IsDefined(details.Kind)
        && details.Price is > 0 and <= MaxPrice
        && IsReference(details.PickUpLocation);

    internal static bool IsReason(string? value) => value is { Length: > 0 and <= ReasonMaxLength } && !string.IsNullOrWhiteSpace(value);
}
