using Charity.Portal.Blazor.Catalog;
using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>The organisation's active volunteers with their skills and phone, for the staff who arrange visits.</summary>
public sealed partial class TeamRosterPanel
{
    private IReadOnlyList<TeamMemberships.TeamMember> _members = [];
    private IReadOnlyDictionary<string, Marketplace.Localization.LocalizedText> _itemNames = new Dictionary<string, Marketplace.Localization.LocalizedText>();

    [Parameter, EditorRequired]
    public Guid OrganisationId { get; set; }

    /// <summary>Changes whenever the team may have changed elsewhere on the page, so the roster reloads.</summary>
    [Parameter]
    public int Revision { get; set; }

    [Inject]
    private TeamMemberships Memberships { get; set; } = null!;

    [Inject]
    private ServiceItemNames ItemNames { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _members = await Memberships.RosterAsync(OrganisationId);
        _itemNames = await ItemNames.AllAsync();
    }

    private string SkillNames(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? L["Team.NoSkills"].Value : string.Join(L["Common.ListSeparator"].Value, codes.Select(c => _itemNames.TryGetValue(c, out var name) ? name.ToString() : c));
}
