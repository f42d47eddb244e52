using System.Globalization;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Offers;
using Microsoft.Extensions.Localization;

namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>How an offer's schedule, eligibility and cost read in the current language.</summary>
internal static class OfferTexts
{
    private static readonly ServiceDays[] Week =
        [ServiceDays.Monday, ServiceDays.Tuesday, ServiceDays.Wednesday, ServiceDays.Thursday, ServiceDays.Friday, ServiceDays.Saturday, ServiceDays.Sunday];

    public static string Schedule(IStringLocalizer l, ServiceDays days, TimeOnly opens, TimeOnly closes) =>
        $"{string.Join(" ", Week.Where(d => days.HasFlag(d)).Select(d => l[$"Day.{d}"].Value))} {opens:HH\\:mm}–{closes:HH\\:mm}";

    public static string Eligibility(IStringLocalizer l, IReadOnlyList<BeneficiaryCategory> categories, SpecialGroups groups)
    {
        var names = categories.Select(c => l[$"Category.{c}"].Value)
            .Concat(Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None && groups.HasFlag(g)).Select(g => l[$"SpecialGroup.{g}"].Value))
            .ToList();
        return names.Count == 0 ? l["Offer.Everyone"] : string.Join("、", names);
    }

    public static string Cost(IStringLocalizer l, decimal cost) =>
        cost == 0 ? l["Offer.Free"] : cost.ToString("C", CultureInfo.GetCultureInfo("zh-CN"));
}
