using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Poet.Web.Infrastructure;

/// <summary>Absolute links for emails and printed material.</summary>
public sealed class PublicUrls(IOptions<PoetOptions> options, IServer server)
{
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl)) return options.Value.BaseUrl.TrimEnd('/');
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
            return address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost").TrimEnd('/');
        }
    }

    public string SurveyLink(string token) => $"{BaseUrl}/survey/{token}";

    public string SurveyCodeEntry => $"{BaseUrl}/survey/code";
}
