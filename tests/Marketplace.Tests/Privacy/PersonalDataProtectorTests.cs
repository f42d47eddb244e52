using System.Security.Cryptography;
using Charity.Marketplace.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace Charity.Marketplace.Tests.Privacy;

public sealed class PersonalDataProtectorTests
{
    private static readonly PersonalData Person = new("王秀英", "13905310000", "环翠楼东社区12号楼3单元402室");

    [Fact]
    public void Protect_EachField_HoldsNoPlaintext()
    {
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());

        var stored = protector.Protect(Person);

        Assert.DoesNotContain("王秀英", stored.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("13905310000", stored.Phone, StringComparison.Ordinal);
        Assert.DoesNotContain("402", stored.Address, StringComparison.Ordinal);
        Assert.NotEqual(stored.Name, stored.Phone);
    }

    [Fact]
    public void Unprotect_WhatWasProtected_GivesItBack()
    {
        var protector = new PersonalDataProtector(new EphemeralDataProtectionProvider());

        Assert.Equal(Person, protector.Unprotect(protector.Protect(Person)));
    }

    [Fact]
    public void Unprotect_WithOtherKeys_Fails()
    {
        var stored = new PersonalDataProtector(new EphemeralDataProtectionProvider()).Protect(Person);

        Assert.ThrowsAny<CryptographicException>(() => new PersonalDataProtector(new EphemeralDataProtectionProvider()).Unprotect(stored));
    }

    [Fact]
    public void ToString_NeverShowsTheDetails() =>
        Assert.DoesNotContain("王秀英", Person.ToString(), StringComparison.Ordinal);
}
