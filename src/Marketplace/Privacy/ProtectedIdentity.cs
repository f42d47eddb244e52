namespace Charity.Marketplace.Privacy;

/// <summary>A head of household's identifying details as stored: each field encrypted, plus the ID number's blind index.</summary>
public sealed record ProtectedIdentity(ProtectedPersonalData PersonalData, string ProtectedIdNumber, string IdNumberIndex);
