namespace Charity.Portal.Blazor.Points;

/// <summary>
/// Whose points a statement is of, as its links carry it: the signed-in person's own (a volunteer's, or their
/// organisation's for its staff) when neither id is given, a budget's, or a household's (by its case file).
/// </summary>
internal readonly record struct StatementOwner(Guid? Budget, Guid? Household)
{
    /// <summary>The owner's part of a statement link, after the month.</summary>
    public string Query => Budget is { } budget ? $"&budget={budget}" : Household is { } household ? $"&household={household}" : string.Empty;

    public static StatementOwner OfBudget(Guid budgetId) => new(budgetId, null);

    public static StatementOwner OfHousehold(Guid caseFileId) => new(null, caseFileId);
}
