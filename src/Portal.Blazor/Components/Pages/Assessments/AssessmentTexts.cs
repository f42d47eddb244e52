using System.Globalization;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Catalog;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Pages.Assessments;

/// <summary>Words an assessment's reasons in the page's language: rules, indicators with their scores, service items.</summary>
internal sealed class AssessmentTexts(IStringLocalizer<SharedResource> localizer, IReadOnlyList<ServiceCategory> catalog)
{
    private readonly Dictionary<string, ServiceItem> _items = catalog.SelectMany(c => c.Items).ToDictionary(i => i.Code);

    public string ServiceItem(string code) => _items.TryGetValue(code, out var item) ? item.Name.ToString() : code;

    public string Indicators(IEnumerable<ScoredIndicator> indicators) =>
        string.Join(localizer["List.Separator"], indicators.Select(i =>
            localizer["Assessment.IndicatorScore", i.Indicator, IndicatorCatalog.Indicator(i.Indicator).Name.ToString(), localizer[$"Score.{i.Score}"]].Value));

    public string Reason(UrgencyReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var threshold = reason.Threshold?.ToString("0.#", CultureInfo.CurrentCulture) ?? string.Empty;
        var dimension = reason.DimensionCode is null ? string.Empty : IndicatorCatalog.FindDimension(reason.DimensionCode)?.Name.ToString() ?? reason.DimensionCode;
        return localizer[$"Reason.{reason.Kind}", threshold, Indicators(reason.Indicators), dimension];
    }
}
