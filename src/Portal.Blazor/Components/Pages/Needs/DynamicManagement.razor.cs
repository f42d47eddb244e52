using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Needs;

/// <summary>The dynamic management view (动态管理): files due for reassessment, suspended and closed.</summary>
public sealed partial class DynamicManagement
{
    private const int Shown = 10;
    private List<(string Title, string Help, CaseFilePage? Rows)> _lists = [];

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var access = CaseAccessOf.User((await AuthenticationState).User);
        _lists =
        [
            (L["Dynamic.Due"], L["Dynamic.DueHelp"], await Files.PageAsync(access, new CaseFileFilter(DueForReassessment: true), 0, Shown)),
            (L["Dynamic.Suspended"], L["Dynamic.SuspendedHelp"], await Files.PageAsync(access, new CaseFileFilter(Status: CaseFileStatus.Suspended), 0, Shown)),
            (L["Dynamic.Closed"], L["Dynamic.ClosedHelp"], await Files.PageAsync(access, new CaseFileFilter(Status: CaseFileStatus.Closed), 0, Shown)),
        ];
    }
}
