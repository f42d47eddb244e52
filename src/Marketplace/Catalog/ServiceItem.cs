using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Catalog;

/// <summary>A service item of the catalog (助餐送餐, 陪诊就医 …) that needs and offers refer to.</summary>
public sealed class ServiceItem
{
    private ServiceItem()
    {
        Code = string.Empty;
        Name = new LocalizedText(string.Empty, string.Empty);
    }

    internal ServiceItem(ServiceCategory category, string code, LocalizedText name, int sortOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = Guid.CreateVersion7();
        Category = category;
        CategoryId = category.Id;
        Code = code;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid CategoryId { get; private set; }

    public ServiceCategory Category { get; private set; } = null!;

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    public void Rename(LocalizedText name) => Name = name ?? throw new ArgumentNullException(nameof(name));
}
