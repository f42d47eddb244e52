namespace Charity.Marketplace.Regions;

/// <summary>The administrative levels of a city (市 → 区/县 → 镇/街道 → 村/居).</summary>
public enum RegionLevel
{
    City = 1,
    District = 2,
    Township = 3,
    Community = 4,
}
