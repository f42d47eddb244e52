using Charity.Marketplace.Organisations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Organisations;

public sealed partial class Organisations
{
    private MudDataGrid<OrganisationDirectory.Row>? _grid;
    private string? _name;
    private OrganisationType? _type;
    private OrganisationStatus? _status;
    private Guid? _selected;

    [Inject]
    private OrganisationDirectory Directory { get; set; } = null!;

    private async Task<GridData<OrganisationDirectory.Row>> LoadAsync(GridState<OrganisationDirectory.Row> state, CancellationToken cancellationToken)
    {
        var page = await Directory.PageAsync(new OrganisationDirectory.Filter(_name, _type, _status), state.Page, state.PageSize, cancellationToken);
        return new GridData<OrganisationDirectory.Row> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task OnNameChanged(string? name) => Reload(() => _name = name);

    private Task OnTypeChanged(OrganisationType? type) => Reload(() => _type = type);

    private Task OnStatusChanged(OrganisationStatus? status) => Reload(() => _status = status);

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task Reload(Action applyFilter)
    {
        applyFilter();
        return _grid?.ReloadServerData() ?? Task.CompletedTask;
    }
}
