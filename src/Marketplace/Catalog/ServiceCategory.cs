using Charity.Marketplace.Localization;

namespace Charity.Marketplace.Catalog;

/// <summary>A category of the service catalog (生活保障, 卫生清洁 …). Catalog rows are data an Admin edits.</summary>
public sealed class ServiceCategory
{
    private readonly List<ServiceItem> _items = [];

    private ServiceCategory()
    {
        Code = string.Empty;
        Name = new LocalizedText(string.Empty, string.Empty);
    }

    public ServiceCategory(string code, LocalizedText name, int sortOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<ServiceItem> Items => _items;

    public ServiceItem AddItem(string code, LocalizedText name)
    {
        if (_items.Any(i => i.Code == code))
        {
            throw new InvalidOperationException($"The category {Code} already has an item {code}.");
        }

        var item = new ServiceItem(this, code, name, _items.Count + 1);
        _items.Add(item);
        return item;
    }

    public void Rename(LocalizedText name) => Name = name ?? throw new ArgumentNullException(nameof(name));
}
