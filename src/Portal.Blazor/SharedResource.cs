using System.Resources;
using Microsoft.Extensions.Localization;

[assembly: NeutralResourcesLanguage("zh-CN")]
[assembly: RootNamespace("Charity.Portal.Blazor")]

namespace Charity.Portal.Blazor;

/// <summary>The portal's texts: <c>Resources/SharedResource.resx</c> (zh-CN) and <c>SharedResource.en-US.resx</c>.</summary>
public sealed class SharedResource;
