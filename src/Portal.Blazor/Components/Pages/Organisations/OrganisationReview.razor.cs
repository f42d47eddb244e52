using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Components.Pages.Providers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Organisations;

/// <summary>The bureau's review of one organisation: its details, then verify or reject with a reason. A stale view is told, never overwrites.</summary>
public sealed partial class OrganisationReview
{
    private OrganisationProfile? _profile;
    private string? _reason;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;

    [Parameter, EditorRequired]
    public Guid OrganisationId { get; set; }

    [Parameter]
    public EventCallback Decided { get; set; }

    [Parameter]
    public EventCallback Closed { get; set; }

    [Inject]
    private OrganisationDirectory Directory { get; set; } = null!;

    [Inject]
    private OrganisationVerification Verification { get; set; } = null!;

    private string StatusText => _profile!.Status == OrganisationStatus.Rejected && _profile.RejectionReason is { } reason
        ? L["OrgReview.RejectedBecause", reason]
        : L[$"OrganisationStatus.{_profile.Status}"];

    protected override async Task OnParametersSetAsync()
    {
        if (_profile?.Id != OrganisationId)
        {
            _message = null;
            _reason = null;
            await LoadAsync();
        }
    }

    private async Task LoadAsync() => _profile = await Directory.FindAsync(OrganisationViewer.Bureau, OrganisationId);

    private async Task VerifyAsync() => await ShowAsync(await Verification.VerifyAsync(OrganisationId, _profile!.Version), "OrgReview.Verified");

    private async Task RejectAsync() => await ShowAsync(await Verification.RejectAsync(OrganisationId, _reason, _profile!.Version), "OrgReview.Rejected");

    private async Task ShowAsync(OrganisationResult result, string doneKey)
    {
        (_messageSeverity, _message) = result.Outcome switch
        {
            OrganisationOutcome.Done => (Severity.Success, L[doneKey].Value),
            OrganisationOutcome.Conflict => (Severity.Warning, L["OrgReview.Conflict"].Value),
            OrganisationOutcome.NotFound => (Severity.Warning, L["OrgProfile.NotFound.Title"].Value),
            _ => (Severity.Error, OrganisationProblemText.Describe(L, result.Problems![0])),
        };
        if (result.Outcome is OrganisationOutcome.Done or OrganisationOutcome.Conflict)
        {
            _reason = result.Outcome == OrganisationOutcome.Done ? null : _reason;
            await LoadAsync();
            await Decided.InvokeAsync();
        }
    }
}
