namespace Charity.Points.Reports;

/// <summary>Which postings of an account a history shows.</summary>
public enum EntryDirection
{
    /// <summary>Credits and debits.</summary>
    All,

    /// <summary>Only what came in.</summary>
    Credits,

    /// <summary>Only what went out.</summary>
    Debits,
}
