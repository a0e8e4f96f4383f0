using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Every form POET renders carries <c>novalidate</c>, so the browser's own bubbles ("Please fill in this field") never
/// replace POET's GOV.UK error summary and messages (issue 15, item 8; GOV.UK Design System, "Validation").
/// </summary>
[HtmlTargetElement("form")]
public sealed class NoValidateFormTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("novalidate")) output.Attributes.Add(new TagHelperAttribute("novalidate"));
    }
}
