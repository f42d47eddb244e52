using System.Globalization;
using Charity.Marketplace.Cases;
using CsCheck;

namespace Charity.Marketplace.Tests.Cases;

public sealed class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Sex.Female)]
    [InlineData("440524188001010014", 1880, 1, 1, Sex.Male)]
    [InlineData("371002195003151235", 1950, 3, 15, Sex.Male)]
    [InlineData("371081196211080048", 1962, 11, 8, Sex.Female)]
    [InlineData("37108219880229561X", 1988, 2, 29, Sex.Male)]
    [InlineData("371002202611250010", 2026, 11, 25, Sex.Male)]
    public void TryParse_ValidNumber_GivesBirthDateAndSex(string candidate, int year, int month, int day, Sex sex)
    {
        Assert.True(ChineseIdNumber.TryParse(candidate, Today, out var idNumber));
        Assert.Equal(new DateOnly(year, month, day), idNumber.BirthDate);
        Assert.Equal(sex, idNumber.Sex);
        Assert.Equal(candidate, idNumber.Value);
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X ")]
    public void TryParse_LowerCaseXOrSurroundingSpaces_IsAcceptedAndNormalised(string candidate)
    {
        Assert.True(ChineseIdNumber.TryParse(candidate, Today, out var idNumber));
        Assert.Equal("11010519491231002X", idNumber.Value);
        Assert.True(ChineseIdNumber.IsValid(candidate, Today));
    }

    [Theory]
    [InlineData("110105194912310021", "a digit where X is due")]
    [InlineData("371002195003151236", "check digit one off")]
    [InlineData("371002195003151X35", "X in the body")]
    [InlineData("37100219500315123", "17 characters")]
    [InlineData("3710021950031512355", "19 characters")]
    [InlineData("371002195002301238", "30 February")]
    [InlineData("371002198902291235", "29 February of a common year")]
    [InlineData("371002195013011236", "month 13")]
    [InlineData("371002190000001239", "month and day zero")]
    [InlineData("371002202611260016", "born tomorrow")]
    [InlineData("371002203012310012", "born in 2030")]
    [InlineData("371002179912310010", "born before 1800")]
    [InlineData("３７１００２１９５００３１５１２３５", "full-width digits")]
    [InlineData("", "empty")]
    [InlineData(null, "null")]
    public void TryParse_InvalidNumber_Fails(string? candidate, string why)
    {
        Assert.False(ChineseIdNumber.TryParse(candidate, Today, out var idNumber), why);
        Assert.Null(idNumber);
        Assert.False(ChineseIdNumber.IsValid(candidate, Today), why);
    }

    [Fact]
    public void CheckCharacterFor_TheStandardsExamples_GivesTheirCheckCharacters()
    {
        Assert.Equal('X', ChineseIdNumber.CheckCharacterFor("11010519491231002"));
        Assert.Equal('4', ChineseIdNumber.CheckCharacterFor("44052418800101001"));
    }

    [Fact]
    public void CheckCharacterFor_AnyBodyWithAPlausibleBirthDate_GivesANumberThatParses() =>
        Gen.Select(Gen.Int[100000, 829999], Gen.DateOnly[new DateOnly(1900, 1, 1), Today], Gen.Int[0, 999]).Sample((area, birthDate, sequence) =>
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"{area:D6}{birthDate:yyyyMMdd}{sequence:D3}");

            var number = first17 + ChineseIdNumber.CheckCharacterFor(first17);

            Assert.True(ChineseIdNumber.TryParse(number, Today, out var idNumber), number);
            Assert.Equal(birthDate, idNumber.BirthDate);
            Assert.Equal(sequence % 2 == 1 ? Sex.Male : Sex.Female, idNumber.Sex);
        });

    [Fact]
    public void CheckCharacterFor_ANonDigit_Throws() =>
        Assert.Throws<ArgumentException>(() => ChineseIdNumber.CheckCharacterFor("1101051949123100A"));

    [Fact]
    public void ToString_NeverShowsTheNumber()
    {
        Assert.True(ChineseIdNumber.TryParse("11010519491231002X", Today, out var idNumber));

        Assert.DoesNotContain("1949", idNumber.ToString(), StringComparison.Ordinal);
    }
}
