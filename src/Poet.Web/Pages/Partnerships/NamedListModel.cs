using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Poet.Data;
using Poet.Web.Infrastructure;

namespace Poet.Web.Pages.Partnerships;

/// <summary>
/// Shared by the partner organisation and professional group pages: both are a partnership's list of names that
/// survey invitations and responses point at, so both refuse duplicates and refuse removal while in use.
/// </summary>
[CoordinatorOnly]
public abstract class NamedListModel(PoetDb db) : PageModel
{
    public const int MaxName = 200;

    /// <summary>Member-initialised (not positional) so EF can filter on it after the projection.</summary>
    public sealed record Item
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
    }

    /// <summary>Lower-case noun, e.g. "partner organisation".</summary>
    public abstract string Noun { get; }
    public abstract string Heading { get; }
    protected abstract string AuditPrefix { get; }

    protected PoetDb Db => db;
    protected abstract IQueryable<Item> Items(int pid);
    protected abstract void Add(int pid, string name);
    /// <summary>Renames the tracked entity; saved with its audit entry.</summary>
    protected abstract Task RenameAsync(int pid, int id, string name);
    /// <summary>Marks the entity deleted; saved with its audit entry.</summary>
    protected abstract Task RemoveAsync(int pid, int id);
    protected abstract Task<bool> InUseAsync(int pid, int id);

    public List<Item> List { get; private set; } = [];
    /// <summary>Set when the page shows the rename form for one item.</summary>
    public Item? Renaming { get; private set; }

    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(int pid, int? rename)
    {
        await LoadAsync(pid);
        if (rename is int id)
        {
            Renaming = List.SingleOrDefault(i => i.Id == id);
            if (Renaming is null) return NotFound();
            Name = Renaming.Name;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int pid)
    {
        var name = NewName?.Trim() ?? "";
        if (await ValidateAsync(pid, nameof(NewName), name, exceptId: null) is { } invalid) return invalid;
        Add(pid, name);
        db.Record(User, pid, AuditPrefix + ".added", name);
        await db.SaveChangesAsync();
        this.Notify($"{name} has been added");
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRenameAsync(int pid, int id)
    {
        var name = Name?.Trim() ?? "";
        var old = await Items(pid).SingleOrDefaultAsync(i => i.Id == id);
        if (old is null) return NotFound();
        Renaming = old;
        if (await ValidateAsync(pid, nameof(Name), name, exceptId: id) is { } invalid) return invalid;
        await RenameAsync(pid, id, name);
        db.Record(User, pid, AuditPrefix + ".renamed", $"{old.Name} → {name}");
        await db.SaveChangesAsync();
        this.Notify($"{old.Name} has been renamed {name}");
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int pid, int id)
    {
        var item = await Items(pid).SingleOrDefaultAsync(i => i.Id == id);
        if (item is null) return NotFound();
        if (await InUseAsync(pid, id))
        {
            ModelState.AddModelError("", $"You cannot remove {item.Name} because survey invitations or responses refer to it. You can rename it instead.");
            await LoadAsync(pid);
            return Page();
        }
        await RemoveAsync(pid, id);
        db.Record(User, pid, AuditPrefix + ".removed", item.Name);
        await db.SaveChangesAsync();
        this.Notify($"{item.Name} has been removed");
        return Redirect(Request.Path);
    }

    private async Task<IActionResult?> ValidateAsync(int pid, string field, string name, int? exceptId)
    {
        if (name.Length == 0) ModelState.AddModelError(field, $"Enter the name of the {Noun}");
        else if (name.Length > MaxName) ModelState.AddModelError(field, $"The name of the {Noun} must be {MaxName} characters or fewer");
        else if (await Items(pid).AnyAsync(i => i.Name.ToLower() == name.ToLower() && i.Id != exceptId))
            ModelState.AddModelError(field, $"{name} is already on the list. Enter a different name.");
        if (ModelState.IsValid) return null;
        await LoadAsync(pid);
        return Page();
    }

    private async Task LoadAsync(int pid) => List = await Items(pid).OrderBy(i => i.Name).ToListAsync();
}
