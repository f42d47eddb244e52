using Charity.Marketplace.Organisations;

namespace Charity.Marketplace.Tests.Organisations;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000802100433B")]
    [InlineData("91110000802100433b")]
    [InlineData(" 91350100M000100Y43 ")]
    public void Check_ValidCode_Passes(string candidate)
    {
        var check = UnifiedSocialCreditCode.Check(candidate);

        Assert.True(check.IsValid);
        Assert.Equal(candidate.Trim().ToUpperInvariant(), check.Code!.Value);
    }

    [Fact]
    public void Check_WrongCheckCharacter_NamesTheFoundAndExpectedCharacters()
    {
        var check = UnifiedSocialCreditCode.Check("91350100M000100Y44");

        Assert.False(check.IsValid);
        Assert.Equal(UnifiedSocialCreditCodeError.WrongCheckCharacter, check.Error);
        Assert.Equal(18, check.Position);
        Assert.Equal('4', check.Found);
        Assert.Equal('3', check.Expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData(null)]
    public void Check_WrongLength_Fails(string? candidate)
    {
        var check = UnifiedSocialCreditCode.Check(candidate);

        Assert.Equal(UnifiedSocialCreditCodeError.WrongLength, check.Error);
        Assert.Null(check.Code);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Check_LetterExcludedByTheStandard_FailsAtItsPosition(char excluded)
    {
        var check = UnifiedSocialCreditCode.Check($"91350100M000100{excluded}43");

        Assert.Equal(UnifiedSocialCreditCodeError.InvalidCharacter, check.Error);
        Assert.Equal(16, check.Position);
        Assert.Equal(excluded, check.Found);
    }

    [Fact]
    public void CheckCharacterFor_AnyFirst17_GivesACodeThatPasses()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var random = new Random(32100);
        for (var i = 0; i < 1000; i++)
        {
            var first17 = new string(Enumerable.Range(0, 17).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var code = first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17);

            Assert.True(UnifiedSocialCreditCode.Check(code).IsValid, code);
        }
    }

    [Fact]
    public void Parse_InvalidCode_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));
}
