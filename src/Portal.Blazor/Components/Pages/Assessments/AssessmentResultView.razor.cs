using Charity.Marketplace.Accounts;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Assessments;

/// <summary>A submitted assessment: the index, the urgency and why, the suggested services and why, by dimension.</summary>
public sealed partial class AssessmentResultView
{
    private AssessmentTexts _texts = null!;
    private bool _canPublish;

    [Parameter, EditorRequired]
    public AssessmentView View { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private AssessmentResult Result => View.Result!;

    private string ResponseText => Result.RespondWithin.TotalHours <= 72
        ? L["Duration.Hours", Result.RespondWithin.TotalHours]
        : L["Duration.Days", Result.RespondWithin.TotalDays];

    private IReadOnlyList<(string Label, int Count)> DimensionBars => Result.DimensionScores
        .Select(d => (IndicatorCatalog.FindDimension(d.DimensionCode)?.Name.ToString() ?? d.DimensionCode, (int)Math.Round(d.Score, MidpointRounding.AwayFromZero)))
        .ToList();

    protected override async Task OnParametersSetAsync()
    {
        _texts = new AssessmentTexts(L, await Catalog.ListAsync());
        _canPublish = (await AuthenticationState).User.IsInRole(PortalRoles.Caseworker);
    }
}
