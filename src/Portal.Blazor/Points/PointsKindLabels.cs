using Charity.Marketplace.Rewards;
using Charity.Points.Expiry;
using Charity.Points.Store;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Points;

/// <summary>
/// The label of each kind of business event a points entry refers to. Descriptions of entries are language-neutral,
/// so the kind is what tells a reader in their language where points came from or went.
/// </summary>
internal static class PointsKindLabels
{
    /// <summary>The kinds that move a volunteer's points, in the order the history filter offers them.</summary>
    public static IReadOnlyList<string> VolunteerKinds { get; } =
    [
        RewardReferences.Visit,
        RewardReferences.Gift,
        StoreOrders.OrderReferenceKind,
        StoreOrders.CancellationReferenceKind,
        PointsExpiry.ReferenceKind,
    ];

    /// <summary>The resource key of the label of <paramref name="referenceKind"/>; kinds the portal does not know share one label.</summary>
    public static string KeyOf(string referenceKind) => referenceKind switch
    {
        RewardReferences.Visit => "PointsKind.Visit",
        RewardReferences.CompletedReferral => "PointsKind.Referral",
        RewardReferences.HouseholdWork => "PointsKind.HouseholdWork",
        RewardReferences.BudgetFunding => "PointsKind.BudgetFunding",
        RewardReferences.Gift => "PointsKind.Gift",
        StoreOrders.OrderReferenceKind => "PointsKind.StoreOrder",
        StoreOrders.CancellationReferenceKind => "PointsKind.StoreOrderCancelled",
        PointsExpiry.ReferenceKind => "PointsKind.Expiry",
        _ => "PointsKind.Other",
    };

    public static string Label(IStringLocalizer localizer, string referenceKind)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[KeyOf(referenceKind)];
    }
}
