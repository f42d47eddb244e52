using Charity.Marketplace.Catalog;
using Charity.Marketplace.Localization;

namespace Charity.Portal.Blazor.Catalog;

/// <summary>The catalog's item names, read once per circuit (or request) and shared by every component that shows an item.</summary>
internal sealed class ServiceItemNames(ServiceCatalogQueries catalog)
{
    private Task<IReadOnlyDictionary<string, LocalizedText>>? _names;

    public Task<IReadOnlyDictionary<string, LocalizedText>> AllAsync() => _names ??= catalog.ItemNamesAsync();

    /// <summary>The item's name in the current UI culture, or the code itself for an item the catalog no longer has.</summary>
    public async Task<string> NameOfAsync(string code) =>
        (await AllAsync()).TryGetValue(code, out var name) ? name.ToString() : code;
}
