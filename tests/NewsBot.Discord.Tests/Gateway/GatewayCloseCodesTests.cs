using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4004, true)]
    [InlineData(4010, true)]
    [InlineData(4011, true)]
    [InlineData(4012, true)]
    [InlineData(4013, true)]
    [InlineData(4014, true)]
    [InlineData(4000, false)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    [InlineData(1006, false)]
    public void CloseCodes_FatalOnlyWhereDiscordForbidsReconnecting(int code, bool fatal) =>
        Assert.Equal(fatal, GatewayCloseCodes.IsFatal(code));
}
