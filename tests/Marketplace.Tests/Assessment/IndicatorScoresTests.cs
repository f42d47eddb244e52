using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

public sealed class IndicatorScoresTests
{
    private const string Stored = "3000000000000300000000000003300000000000000000000002";

    [Fact]
    public void FromDictionary_AbsentIndicators_CountAsZero()
    {
        var scores = Scores.Of((1, 3), (52, 2));

        Assert.Equal(3, scores[1]);
        Assert.Equal(0, scores[2]);
        Assert.Equal(2, scores[52]);
        Assert.Equal(3, scores.Highest);
    }

    [Fact]
    public void FromArray_AndFromDictionary_SameScores_AreEqual()
    {
        var array = new int[52];
        array[13] = 3;
        var fromArray = IndicatorScores.FromArray(array);
        var fromDictionary = Scores.Of((14, 3));

        Assert.Equal(fromDictionary, fromArray);
        Assert.True(fromArray == fromDictionary);
        Assert.Equal(fromDictionary.GetHashCode(), fromArray.GetHashCode());
        Assert.NotEqual(IndicatorScores.None, fromArray);
        Assert.True(IndicatorScores.None != fromArray);
    }

    [Fact]
    public void FromArray_ScoreOutOfRange_NamesTheIndicator()
    {
        var array = new int[52];
        array[13] = 4;

        var error = Assert.Throws<ArgumentException>(() => IndicatorScores.FromArray(array));

        Assert.Contains("Indicator 14 (Bedridden) has score 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDictionary_NegativeScore_NamesTheIndicator()
    {
        var error = Assert.Throws<ArgumentException>(() => Scores.Of((28, -1)));

        Assert.Contains("Indicator 28 (Eating) has score -1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void FromDictionary_UnknownIndicator_Throws(int indicator)
    {
        var error = Assert.Throws<ArgumentException>(() => Scores.Of((indicator, 1)));

        Assert.Contains($"no indicator {indicator}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(51)]
    [InlineData(53)]
    public void FromArray_WrongLength_Throws(int length) =>
        Assert.Throws<ArgumentException>(() => IndicatorScores.FromArray(new int[length]));

    [Fact]
    public void FromArray_KeepsNoReferenceToTheCallersArray()
    {
        var array = new int[52];
        var scores = IndicatorScores.FromArray(array);

        array[0] = 3;

        Assert.Equal(0, scores[1]);
    }

    [Fact]
    public void With_ChangesOneScoreOfACopy()
    {
        var before = Scores.Of((5, 1));

        var after = before.With(5, 3);

        Assert.Equal(1, before[5]);
        Assert.Equal(3, after[5]);
        Assert.Throws<ArgumentException>(() => before.With(5, 4));
    }

    [Fact]
    public void ToStorageString_IsOneDigitPerIndicator()
    {
        var scores = Scores.Of((1, 3), (14, 3), (28, 3), (29, 3), (52, 2));

        Assert.Equal(Stored, scores.ToStorageString());
        Assert.Equal(Stored, scores.ToString());
        Assert.Equal(new string('0', 52), IndicatorScores.None.ToStorageString());
    }

    [Fact]
    public void Parse_StorageString_RoundTrips()
    {
        var scores = IndicatorScores.Parse(Stored);

        Assert.Equal(Scores.Of((1, 3), (14, 3), (28, 3), (29, 3), (52, 2)), scores);
        Assert.Equal(Stored, scores.ToStorageString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("300000000000030000000000000330000000000000000000000")]
    [InlineData("30000000000003000000000000033000000000000000000000020")]
    [InlineData("3000000000000400000000000003300000000000000000000002")]
    [InlineData("300000000000030000000000000330000000000000000000000x")]
    [InlineData("30000000000003000000000000033000000000000000000000 2")]
    public void TryParse_Malformed_Fails(string text)
    {
        Assert.False(IndicatorScores.TryParse(text, out var scores));
        Assert.Null(scores);
        Assert.Throws<FormatException>(() => IndicatorScores.Parse(text));
    }

    [Fact]
    public void Parse_BadDigit_NamesTheIndicator()
    {
        var error = Assert.Throws<FormatException>(() => IndicatorScores.Parse("3000000000000400000000000003300000000000000000000002"));

        Assert.Contains("Indicator 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_Fails() => Assert.False(IndicatorScores.TryParse(null, out _));
}
