namespace Charity.Marketplace.Cases;

/// <summary>How the station came to know the household.</summary>
public enum CaseDiscovery
{
    Application = 1,
    HomeVisit = 2,
    DepartmentReferral = 3,
    MonitoringAlert = 4,
}
