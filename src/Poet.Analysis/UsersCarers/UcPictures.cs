namespace Poet.Analysis.UsersCarers;

/// <summary>One picture of the bundled symbol set: its id (the file name), a plain name (its alt text) and its OpenMoji code.</summary>
public sealed record UcPicture(string Id, string Name, string OpenMoji);

/// <summary>
/// The pictures of the easy-read questionnaire: a small set chosen from OpenMoji (openmoji.org, CC BY-SA 4.0) for care
/// outcomes, a picture for each of POET's own questions and a picture scale for the answers. This list is the one home:
/// <c>scripts/vendor-openmoji.sh</c> reads it to copy each SVG into <c>wwwroot/images/openmoji</c> for the pages and to
/// rasterise a PNG into <c>Poet.Data/Documents/Pictures</c> for the PDF, and the coordinator's picker offers it.
/// </summary>
public static class UcPictures
{
    /// <summary>The credit OpenMoji asks for, shown on every page and PDF that shows its pictures.</summary>
    public const string Credit = "Pictures from OpenMoji (openmoji.org), licence CC BY-SA 4.0.";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by-sa/4.0/";

    public static readonly IReadOnlyList<UcPicture> All =
    [
        new("home", "Home", "1F3E0"),
        new("house-garden", "House with a garden", "1F3E1"),
        new("family", "Family", "1F46A"),
        new("friends", "Friends holding hands", "1F9D1-200D-1F91D-200D-1F9D1"),
        new("hug", "People hugging", "1FAC2"),
        new("people", "A group of people", "1F465"),
        new("person", "Person", "1F9D1"),
        new("baby", "Baby", "1F476"),
        new("child", "Child", "1F9D2"),
        new("older-person", "Older person", "1F9D3"),
        new("wheelchair", "Person in a wheelchair", "1F9D1-200D-1F9BD"),
        new("helping-hands", "Helping hands", "1FAF6"),
        new("handshake", "Handshake", "1F91D"),
        new("health-worker", "Health worker", "1F9D1-200D-2695-FE0F"),
        new("doctor", "Doctor's stethoscope", "1FA7A"),
        new("hospital", "Hospital", "1F3E5"),
        new("medicine", "Medicine", "1F48A"),
        new("health", "Heart", "2764"),
        new("mind", "Brain", "1F9E0"),
        new("teeth", "Tooth", "1F9B7"),
        new("glasses", "Glasses", "1F453"),
        new("hearing", "Ear with a hearing aid", "1F9BB"),
        new("money", "Money", "1F4B7"),
        new("work", "Work bag", "1F4BC"),
        new("school", "School", "1F3EB"),
        new("book", "Book", "1F4D6"),
        new("computer", "Computer", "1F4BB"),
        new("phone", "Phone", "1F4F1"),
        new("letter", "Letter", "2709"),
        new("safe", "Shield", "1F6E1"),
        new("lock", "Lock", "1F512"),
        new("key", "Key", "1F511"),
        new("door", "Door", "1F6AA"),
        new("talk", "Person talking", "1F5E3"),
        new("speech", "Speech bubble", "1F4AC"),
        new("listen", "Ear", "1F442"),
        new("idea", "Light bulb", "1F4A1"),
        new("choice", "Voting box", "1F5F3"),
        new("writing", "Hand writing", "270D"),
        new("bus", "Bus", "1F68C"),
        new("car", "Car", "1F697"),
        new("walking", "Person walking", "1F6B6"),
        new("food", "Plate with a knife and fork", "1F37D"),
        new("cooking", "Cooking", "1F373"),
        new("shopping", "Shopping trolley", "1F6D2"),
        new("sleep", "Bed", "1F6CF"),
        new("washing", "Shower", "1F6BF"),
        new("music", "Music", "1F3B5"),
        new("sport", "Football", "26BD"),
        new("outdoors", "Tree", "1F333"),
        new("sun", "Sun", "2600"),
        new("pet", "Dog", "1F415"),
        new("calendar", "Calendar", "1F4C5"),
        new("time", "Clock", "23F0"),
        new("hourglass", "Hourglass", "23F3"),
        new("star", "Star", "2B50"),
        new("celebrate", "Raised hands", "1F64C"),
        new("hello", "Waving hand", "1F44B"),
        new("search", "Magnifying glass", "1F50D"),
        new("barrier", "Barrier", "1F6A7"),
        new("stop", "No entry sign", "26D4"),
        new("seedling", "Small plant", "1F331"),
        new("plant", "Plant in a pot", "1FAB4"),
        new("very-happy", "Big smile", "1F600"),
        new("happy", "Smile", "1F642"),
        new("neutral", "Straight face", "1F610"),
        new("unhappy", "Small frown", "1F641"),
        new("sad", "Frown", "2639"),
        new("not-sure", "Thinking face", "1F914"),
    ];

    private static readonly Dictionary<string, UcPicture> ById = All.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static UcPicture? Find(string? id) => id is not null && ById.TryGetValue(id, out var p) ? p : null;

    // The pictures beside POET's own questions.
    public const string Who = "people";
    public const string Services = "helping-hands";
    public const string SupportLength = "hourglass";
    public const string TopThree = "star";
    public const string Missing = "search";
    public const string Barriers = "barrier";
    public const string Statement = "speech";
    public const string AnythingElse = "writing";
    public const string Check = "search";

    /// <summary>
    /// The picture scale: one picture beside each answer, by its label, so the pages and the printed form agree. Faces
    /// run from a big smile (the positive end) to a frown; "Don't know" is a thinking face; who is answering and how long
    /// they have had help have their own pictures. Null for a label without one (a partnership's own service or barrier).
    /// </summary>
    public static string? ForAnswer(string label) => label switch
    {
        "Very important" or "Always" or "Strongly agree" => "very-happy",
        "Quite important" or "Usually" or "Agree" => "happy",
        "Not very important" or "Sometimes" => "neutral",
        "Disagree" => "unhappy",
        "Never" or "Not at all important" or "Strongly disagree" => "sad",
        "Don't know" => "not-sure",
        "Less than 6 months" => "seedling",
        "6 months to 2 years" => "plant",
        "More than 2 years" => "outdoors",
        _ when label.StartsWith("I use the service", StringComparison.Ordinal) => "person",
        _ when label.StartsWith("I am a carer", StringComparison.Ordinal) => "family",
        _ when label.StartsWith("I am helping", StringComparison.Ordinal) => "handshake",
        _ => null,
    };
}
