using Charity.Marketplace.Organisations;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>Creates single-use colleague invitations and lists the organisation's past ones; a code is shown once.</summary>
public sealed partial class StaffInvitationsPanel
{
    private IReadOnlyList<StaffInvitations.Row> _rows = [];
    private StaffInvitations.Created? _created;

    [Parameter, EditorRequired]
    public Guid OrganisationId { get; set; }

    [Parameter, EditorRequired]
    public Guid UserId { get; set; }

    [Inject]
    private StaffInvitations Invitations { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnParametersSetAsync() => _rows = await Invitations.ListAsync(OrganisationId);

    private async Task CreateAsync()
    {
        _created = await Invitations.CreateAsync(OrganisationId, UserId);
        _rows = await Invitations.ListAsync(OrganisationId);
    }

    private string JoinLink(string code) => Navigation.ToAbsoluteUri($"/providers/join?code={Uri.EscapeDataString(code)}").ToString();

    private string StatusOf(StaffInvitations.Row row) =>
        row.UsedAt is not null ? L["Invitations.UsedBy", row.UsedBy ?? ""]
        : row.ExpiresAt <= Clock.GetUtcNow() ? L["Invitations.Expired"]
        : L["Invitations.Open"];
}
