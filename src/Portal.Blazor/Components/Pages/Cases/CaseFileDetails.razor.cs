using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

public sealed partial class CaseFileDetails
{
    private bool _loaded;
    private CaseFileDetail? _file;
    private IReadOnlyList<TimelineEntry> _timeline = [];

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private string SpecialGroupsText => _file is null || _file.SpecialGroups == SpecialGroups.None
        ? L["Common.None"]
        : string.Join("、", Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None && _file.SpecialGroups.HasFlag(g)).Select(g => L[$"SpecialGroup.{g}"].Value));

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var access = CaseAccessOf.User((await AuthenticationState).User);
        _file = await Files.FindAsync(access, Id);
        _timeline = _file is null ? [] : await Files.TimelineAsync(access, Id);
        _loaded = true;
    }
}
