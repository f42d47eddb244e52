namespace Charity.Portal.Blazor.Points;

/// <summary>A monthly statement laid out for a reader: its title, the four totals and the lines, with every text in the reader's language.</summary>
internal sealed record StatementLayout(string Title, StatementHeaders Headers, IReadOnlyList<StatementTotal> Totals, IReadOnlyList<StatementLine> Lines);

/// <summary>The column headers of a statement's totals and lines.</summary>
internal sealed record StatementHeaders(string Item, string Points, string Date, string Kind, string Description, string Amount, string BalanceAfter);

/// <summary>One of a statement's totals, such as the opening balance.</summary>
internal sealed record StatementTotal(string Label, long Points);

/// <summary>One line of a statement: when, what kind of event, its description, the signed amount and the balance after it.</summary>
internal sealed record StatementLine(DateTime At, string Kind, string Description, long Amount, long BalanceAfter);
