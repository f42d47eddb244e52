using Charity.Marketplace.Catalog;
using Charity.Marketplace.Rewards;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>Edits how points are earned by saving a new version; payments use the version in effect when they were earned.</summary>
public sealed partial class RewardRulesEditor
{
    private RewardRulesForm? _form;
    private IReadOnlyList<RewardRulesProblem> _problems = [];
    private IReadOnlyList<RewardRuleSet> _history = [];
    private IReadOnlyList<BudgetView> _budgets = [];
    private IReadOnlyList<(string Code, string Name)> _codes = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private int _number;
    private int? _saved;
    private bool _busy;

    [Inject]
    private RewardRulesService Rules { get; set; } = null!;

    [Inject]
    private RewardBudgets Budgets { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs = [new(L["PointsAdmin.Title"], "/admin/points"), new(L["RewardRules.Title"], null, disabled: true)];
        var catalog = await Catalog.ListAsync();
        _codes = [.. catalog.SelectMany(c => c.Items.Select(i => (i.Code, i.Name.ToString())).Prepend((c.Code, c.Name.ToString())))];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var current = await Rules.CurrentAsync();
        (_number, _form) = (current.Number, RewardRulesForm.From(current.Rules));
        _history = await Rules.HistoryAsync();
        _budgets = await Budgets.ListAsync();
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            var savedBy = user.FindFirst(PortalClaims.DisplayName)?.Value ?? user.Identity?.Name ?? string.Empty;
            var (number, problems) = await Rules.SaveAsync(_form!.ToRules(), savedBy);
            (_problems, _saved) = (problems, number);
            if (number is not null)
            {
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
