using Charity.Marketplace.Cases;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

/// <summary>Suspends or closes a file with a reason, or reactivates it; a stale page is told to reload, never overwrites.</summary>
public sealed partial class CaseStatusPanel
{
    private string? _reason;
    private string? _message;

    [Parameter, EditorRequired]
    public CaseFileDetail File { get; set; } = null!;

    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task ChangeAsync(CaseFileStatus target)
    {
        var access = CaseAccessOf.User((await AuthenticationState).User);
        var result = await Files.ChangeStatusAsync(access, File.Id, target, _reason, File.Version);
        _message = result.Outcome switch
        {
            CaseFileOutcome.Done => null,
            CaseFileOutcome.Conflict => L["CaseFile.Conflict"].Value,
            CaseFileOutcome.NotFound => L["CaseFile.NotFound.Body"].Value,
            _ => L[$"CaseProblem.{result.Problems![0].Code}"].Value,
        };
        if (result.Outcome == CaseFileOutcome.Done)
        {
            _reason = null;
            await Changed.InvokeAsync();
        }
    }
}
