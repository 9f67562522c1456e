using Microsoft.AspNetCore.Http.Features;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// No route reads more than <c>Http:MaxRequestBodyBytes</c>: a body that announces more is refused
/// before it is read, and one sent without a length (chunked) is cut off as it arrives by the server's
/// own limit (Kestrel's, lowered to ours), whose exception surfaces in the route that reads it. Both
/// answer 413 with a JSON error (<see cref="CodedErrorResponse"/>).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, RequestBodyOptions options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var max = options.MaxRequestBodyBytes;
        if (http.Request.ContentLength > max)
        {
            await RefuseAsync(http, http.Request.ContentLength);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            serverLimit.MaxRequestBodySize = max;
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            await RefuseAsync(http, length: null);
        }
    }

    private Task RefuseAsync(HttpContext http, long? length) =>
        CodedErrorResponse.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, LimitErrors.RequestTooLarge(length, options.MaxRequestBodyBytes));
}
