using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Poet.Analysis.Text;

namespace Poet.Web.Infrastructure;

/// <summary>
/// Every string a form, query or route gives a page goes through <see cref="PlainText.Clean"/>: the boundary rule
/// for control characters lives here once, so no page has to remember it. Strings in collections and in bound
/// objects come through the same binder.
/// </summary>
public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new CleanTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class CleanTextBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.IsModelSet && context.Result.Model is string text && PlainText.NeedsCleaning(text))
            {
                var clean = PlainText.Clean(text);
                context.Result = ModelBindingResult.Success(clean);
                // A page that shows the field again shows what will be saved, not the raw input.
                context.ModelState.SetModelValue(context.ModelName, clean, clean);
            }
        }
    }
}
