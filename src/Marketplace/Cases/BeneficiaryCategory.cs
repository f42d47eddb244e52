namespace Charity.Marketplace.Cases;

/// <summary>The assistance categories of a household (对象类别).</summary>
public enum BeneficiaryCategory
{
    ExtremePovertySupported = 1,
    MinimumSubsistence = 2,
    MarginalFamily = 3,
    RigidExpenditureHardship = 4,
    RelapseMonitoring = 5,
    TemporaryAssistance = 6,
    OtherReferred = 7,
}
