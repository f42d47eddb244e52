using Charity.Marketplace.Cases;
using Charity.Marketplace.Privacy;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

/// <summary>Personal data stays hidden until the caseworker states why they need it; the view is then recorded.</summary>
public sealed partial class PersonalDataPanel
{
    private AccessPurpose _purpose = AccessPurpose.Assessment;
    private string? _note;
    private bool _noteMissing;
    private RevealedPersonalData? _revealed;

    [Parameter, EditorRequired]
    public CaseFileDetail File { get; set; } = null!;

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private async Task RevealAsync()
    {
        _noteMissing = _purpose == AccessPurpose.Other && string.IsNullOrWhiteSpace(_note);
        if (_noteMissing)
        {
            return;
        }

        var access = CaseAccessOf.User((await AuthenticationState).User);
        _revealed = await Files.RevealAsync(access, File.Id, _purpose, _purpose == AccessPurpose.Other ? _note : null);
    }
}
