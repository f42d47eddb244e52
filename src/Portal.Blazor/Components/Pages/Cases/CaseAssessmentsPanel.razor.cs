using Charity.Marketplace.Accounts;
using Charity.Marketplace.Assessment;
using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Cases;
using Charity.Portal.Blazor.Components.Parts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

/// <summary>A household's assessments: the index over time, and starting or resuming the next one.</summary>
public sealed partial class CaseAssessmentsPanel
{
    private IReadOnlyList<AssessmentSummary> _history = [];
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private bool _isCaseworker;
    private string? _message;

    [Parameter, EditorRequired]
    public CaseFileDetail File { get; set; } = null!;

    [Inject]
    private AssessmentService Assessments { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _isCaseworker = user.IsInRole(PortalRoles.Caseworker);
        _history = await Assessments.HistoryAsync(CaseAccessOf.User(user), File.Id);
        var submitted = _history.Where(a => a.HardshipIndex is not null).ToList();
        _labels = submitted.Select(a => ChinaTime.Date(a.SubmittedAt!.Value)).ToArray();
        _series = submitted.Count == 0 ? [] : [new() { Name = L["Queue.HardshipIndex"], Data = new ChartData<double>(submitted.Select(a => (double)a.HardshipIndex!.Value).ToArray()) }];
    }

    private async Task StartAsync()
    {
        var (outcome, id) = await Assessments.StartAsync(CaseAccessOf.User((await AuthenticationState).User), File.Id);
        if (outcome == AssessmentOutcome.Done)
        {
            Navigation.NavigateTo($"/assessments/{id}");
            return;
        }

        _message = outcome == AssessmentOutcome.CaseFileNotActive ? L["CaseFile.NotActive"] : L["CaseFile.NotFound.Body"];
    }
}
