using System.Text;
using NewsBot.Slack.Verification;

namespace NewsBot.Slack.Tests;

public sealed class SlackSignatureTests
{
    private const string Secret = "s3cret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"event_callback"}""");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void A_signature_computed_with_the_secret_is_valid_within_five_minutes()
    {
        var ts = (Now.ToUnixTimeSeconds() - 299).ToString();
        Assert.True(SlackSignature.IsValid(Secret, ts, SlackSignature.Compute(Secret, ts, Body), Body, Now));
    }

    [Fact]
    public void A_timestamp_older_than_five_minutes_is_rejected_even_with_a_good_signature()
    {
        var ts = (Now.ToUnixTimeSeconds() - 301).ToString();
        Assert.False(SlackSignature.IsValid(Secret, ts, SlackSignature.Compute(Secret, ts, Body), Body, Now));
    }

    [Fact]
    public void A_timestamp_from_the_future_beyond_the_window_is_rejected()
    {
        var ts = (Now.ToUnixTimeSeconds() + 301).ToString();
        Assert.False(SlackSignature.IsValid(Secret, ts, SlackSignature.Compute(Secret, ts, Body), Body, Now));
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("")]
    public void A_signature_made_with_another_secret_is_rejected(string otherSecret)
    {
        var ts = Now.ToUnixTimeSeconds().ToString();
        Assert.False(SlackSignature.IsValid(Secret, ts, SlackSignature.Compute(otherSecret, ts, Body), Body, Now));
    }

    [Fact]
    public void A_changed_body_is_rejected()
    {
        var ts = Now.ToUnixTimeSeconds().ToString();
        var signature = SlackSignature.Compute(Secret, ts, Body);
        Assert.False(SlackSignature.IsValid(Secret, ts, signature, Encoding.UTF8.GetBytes("""{"type":"event_callback" }"""), Now));
    }

    [Theory]
    [InlineData(null, "v0=00")]
    [InlineData("1700000000", null)]
    [InlineData("not-a-number", "v0=00")]
    [InlineData("1700000000", "v1=abcdef")]
    [InlineData("1700000000", "v0=")]
    public void Missing_or_malformed_headers_are_rejected(string? timestamp, string? signature) =>
        Assert.False(SlackSignature.IsValid(Secret, timestamp, signature, Body, Now));
}
