using Charity.Marketplace;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Offers;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Offers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Offers;

/// <summary>Publishes a new offer or edits one of the organisation's own; a stale edit is refused with a conflict, keeping what was typed.</summary>
public sealed partial class OfferEditor
{
    private OfferForm? _form;
    private Guid _version;
    private IReadOnlyList<ServiceCategory> _catalog = [];
    private IReadOnlyList<Region> _districts = [];
    private IReadOnlyList<OfferProblem> _problems = [];
    private bool _conflict;
    private bool _missing;
    private bool _saving;

    [Parameter]
    public Guid? Id { get; set; }

    [Inject]
    private OfferService Offers { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private string Heading => Id is null ? L["OfferEdit.NewTitle"] : L["OfferEdit.EditTitle"];

    protected override async Task OnInitializedAsync()
    {
        _catalog = await Catalog.ListAsync();
        _districts = await Regions.ListAsync(RegionLevel.District);
        if (Id is null)
        {
            var today = ChinaCalendar.Today(Clock).ToDateTime(TimeOnly.MinValue);
            _form = new OfferForm { StartDate = today, EndDate = today.AddMonths(6) };
            return;
        }

        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var detail = await Offers.FindOwnAsync(await AccessAsync(), Id!.Value);
        _missing = detail is null;
        if (detail is not null)
        {
            (_form, _version, _conflict, _problems) = (OfferForm.From(detail.Draft), detail.Version, false, []);
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var access = await AccessAsync();
            var draft = _form!.ToDraft();
            var result = Id is { } id ? await Offers.UpdateAsync(access, id, draft, _version) : await Offers.CreateAsync(access, draft);
            _conflict = result.Outcome == OfferOutcome.Conflict;
            _missing = result.Outcome is OfferOutcome.NotFound or OfferOutcome.Forbidden;
            _problems = result.Problems ?? [];
            if (result.Outcome == OfferOutcome.Done)
            {
                Navigation.NavigateTo("/offers");
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task<OfferAccess> AccessAsync() => OfferAccessOf.User((await AuthenticationState).User);

    private string? Message(string field) =>
        _problems.FirstOrDefault(p => p.Field == field) is { } problem ? L[$"OfferProblem.{problem.Code}"].Value : null;
}
