using Charity.Marketplace.Catalog;
using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>The organisation's active volunteers with their skills and phone, for the staff who arrange visits.</summary>
public sealed partial class TeamRosterPanel
{
    private IReadOnlyList<TeamMemberships.TeamMember> _members = [];
    private Dictionary<string, string> _itemNames = [];

    [Parameter, EditorRequired]
    public Guid OrganisationId { get; set; }

    /// <summary>Changes whenever the team may have changed elsewhere on the page, so the roster reloads.</summary>
    [Parameter]
    public int Revision { get; set; }

    [Inject]
    private TeamMemberships Memberships { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        _members = await Memberships.RosterAsync(OrganisationId);
        _itemNames = (await Catalog.ListAsync()).SelectMany(c => c.Items).ToDictionary(i => i.Code, i => i.Name.ToString());
    }

    private string SkillNames(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? L["Team.NoSkills"].Value : string.Join(L["Common.ListSeparator"].Value, codes.Select(c => _itemNames.GetValueOrDefault(c, c)));
}
