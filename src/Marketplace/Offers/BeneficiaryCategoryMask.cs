using Charity.Marketplace.Cases;

namespace Charity.Marketplace.Offers;

/// <summary>The beneficiary categories an offer serves, stored as a bit mask; an empty set means every category.</summary>
public static class BeneficiaryCategoryMask
{
    public static int MaskOf(IEnumerable<BeneficiaryCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categories.Aggregate(0, (mask, category) => mask | (1 << (int)category));
    }

    public static IReadOnlyList<BeneficiaryCategory> FromMask(int mask) =>
        Enum.GetValues<BeneficiaryCategory>().Where(c => (mask & (1 << (int)c)) != 0).ToList();
}
