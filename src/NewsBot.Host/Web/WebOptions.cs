namespace NewsBot.Host.Web;

/// <summary>Settings of section <c>Web</c>: who may use the local web chat and JSON API.</summary>
internal sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// Host names the web chat and the JSON API answer to (the <c>Host</c> header, and the <c>Origin</c> of a browser's
    /// request). Loopback names by default, so a page elsewhere that rebinds its DNS name to 127.0.0.1 is refused; a
    /// deployment behind a proxy adds its own name, or <c>*</c> for any. <c>/slack/*</c> and <c>/discord/*</c> are not
    /// limited: the platforms call them through whatever name the proxy has, and their signatures are checked.
    /// </summary>
    public string[] AllowedHosts { get; set; } = ["localhost", "127.0.0.1", "[::1]", "::1"];
}
