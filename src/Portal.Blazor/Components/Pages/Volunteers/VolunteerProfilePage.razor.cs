using System.Globalization;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Volunteers;

/// <summary>The volunteer edits their phone, skills, districts and weekly availability; a stale form is told to reload.</summary>
public sealed partial class VolunteerProfilePage
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
    private Guid _userId;
    private VolunteerProfiles.Profile? _profile;
    private IReadOnlyList<ServiceCategory> _catalog = [];
    private IReadOnlyList<Region> _districts = [];
    private string? _phone;
    private IReadOnlyCollection<string> _skills = [];
    private HashSet<Guid> _serviceDistricts = [];
    private WeeklyAvailability _availability;
    private string? _message;
    private Severity _severity = Severity.Info;

    [Inject]
    private VolunteerProfiles Profiles { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    protected override async Task OnInitializedAsync()
    {
        _userId = PortalClaims.UserIdOf((await AuthenticationState).User) ?? Guid.Empty;
        _catalog = await Catalog.ListAsync();
        _districts = await Regions.ListAsync(RegionLevel.District);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _profile = await Profiles.FindAsync(_userId);
        if (_profile is not null)
        {
            (_phone, _skills, _serviceDistricts, _availability) = (_profile.Phone, _profile.SkillCodes.ToHashSet(), _profile.ServiceDistrictIds.ToHashSet(), _profile.Availability);
        }
    }

    private string SkillsText(IReadOnlyList<string> codes) => L["VolunteerProfile.SkillsChosen", codes.Count];

    private void Toggle(Guid districtId, bool on)
    {
        if (on)
        {
            _serviceDistricts.Add(districtId);
        }
        else
        {
            _serviceDistricts.Remove(districtId);
        }
    }

    private async Task SaveAsync()
    {
        var update = new VolunteerProfiles.Update(_phone, [.. _skills], [.. _serviceDistricts], _availability);
        var result = await Profiles.SaveAsync(_userId, update, _profile!.Version);
        (_severity, _message) = result == VolunteerProfileResult.Done
            ? (Severity.Success, L["VolunteerProfile.Saved"].Value)
            : (Severity.Warning, L[$"VolunteerProfile.{result}"].Value);
        if (result is VolunteerProfileResult.Done or VolunteerProfileResult.Conflict)
        {
            await LoadAsync();
        }
    }
}
