namespace Charity.Marketplace.Cases;

public enum CaseFileStatus
{
    Active = 1,
    Suspended = 2,
    Closed = 3,
}
