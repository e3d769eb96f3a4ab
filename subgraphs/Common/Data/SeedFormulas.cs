using System.Globalization;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>
/// Deterministic seed data shared by the four subgraphs, so that ids and denormalised copies (a review's
/// author name, the products subgraph's stock fields before <c>@override</c>) agree across databases.
/// Everything is a pure function of an index: no clock, no random numbers.
/// </summary>
public static class SeedFormulas
{
    /// <summary>Number of seeded users (ids <c>1</c>..<c>500</c>).</summary>
    public const int UserCount = 500;

    /// <summary>Number of seeded products (UPCs <c>P0001</c>..<c>P1000</c>).</summary>
    public const int ProductCount = 1000;

    /// <summary>Number of seeded reviews (ids <c>1</c>..<c>5000</c>).</summary>
    public const int ReviewCount = 5000;

    /// <summary>Timestamp every seeded <c>createdAt</c> counts from: 2024-01-01T00:00:00Z.</summary>
    public static readonly DateTime Epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] FirstNames =
        ["Ada", "Alan", "Barbara", "Claude", "Dennis", "Edsger", "Frances", "Grace", "Hedy", "Ivan",
         "John", "Ken", "Leslie", "Margaret", "Niklaus", "Radia", "Shafi", "Tim", "Whitfield", "Yukihiro"];

    private static readonly string[] LastNames =
        ["Lovelace", "Turing", "Liskov", "Shannon", "Ritchie", "Dijkstra", "Allen", "Hopper", "Lamarr", "Sutherland",
         "McCarthy", "Thompson", "Lamport", "Hamilton", "Wirth", "Perlman", "Goldwasser", "Berners-Lee", "Diffie", "Matsumoto"];

    private static readonly string[] Adjectives =
        ["Compact", "Deluxe", "Eco", "Foldable", "Heavy-Duty", "Modular", "Portable", "Quiet", "Rugged", "Smart",
         "Solar", "Vintage", "Wireless", "Ultra", "Classic"];

    private static readonly string[] Nouns =
        ["Backpack", "Blender", "Camera", "Chair", "Desk Lamp", "Drone", "Headphones", "Kettle", "Keyboard", "Monitor",
         "Mouse", "Router", "Scooter", "Speaker", "Tent", "Thermos", "Toaster", "Umbrella", "Watch", "Webcam"];

    private static readonly string[] Sizes = ["S", "M", "L", "XL"];

    private static readonly string[] Opinions =
        ["Works as described", "Better than expected", "Stopped working after a month", "Great value for the price",
         "Would buy again", "Packaging was damaged", "Exactly what I needed", "Too heavy for daily use",
         "Battery lasts for days", "Instructions were unclear"];

    /// <summary>User id for index <paramref name="i"/> (1-based): <c>"1"</c>..<c>"500"</c>.</summary>
    public static string UserId(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Username, e.g. <c>user007</c>.</summary>
    public static string Username(int i) => "user" + i.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Display name, e.g. <c>Alan Turing</c>.</summary>
    public static string UserName(int i) => FirstNames[i % FirstNames.Length] + " " + LastNames[(i * 7) % LastNames.Length];

    /// <summary>Whether user <paramref name="i"/> is an administrator (every 25th).</summary>
    public static bool IsAdmin(int i) => i % 25 == 0;

    /// <summary>Account creation time: <see cref="Epoch"/> plus <paramref name="i"/> hours.</summary>
    public static DateTime UserCreatedAt(int i) => Epoch.AddHours(i);

    /// <summary>Product UPC, e.g. <c>P0001</c>.</summary>
    public static string Upc(int i) => "P" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Product SKU, e.g. <c>SKU-0001</c>.</summary>
    public static string Sku(int i) => "SKU-" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Product name, e.g. <c>Deluxe Backpack 1</c>.</summary>
    public static string ProductName(int i) =>
        Adjectives[i % Adjectives.Length] + " " + Nouns[(i / Adjectives.Length) % Nouns.Length] + " " + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Price in cents (499..20498).</summary>
    public static int PriceCents(int i) => 499 + (i * 137 % 20000);

    /// <summary>Shipping weight in grams (100..5099).</summary>
    public static int WeightGrams(int i) => 100 + (i * 53 % 5000);

    /// <summary>Package size class: S, M, L or XL.</summary>
    public static string Size(int i) => Sizes[i % Sizes.Length];

    /// <summary>Category index 0..4 (see each subgraph's category enum).</summary>
    public static int CategoryIndex(int i) => i % 5;

    /// <summary>Index of the user who listed product <paramref name="i"/>.</summary>
    public static int ProductCreatorIndex(int i) => 1 + (i * 7 % UserCount);

    /// <summary>Listing time: <see cref="Epoch"/> plus 3 × <paramref name="i"/> hours.</summary>
    public static DateTime ProductCreatedAt(int i) => Epoch.AddHours(3 * i);

    /// <summary>Colour names in <c>enum Color</c> order (products and inventory both define the enum).</summary>
    public static readonly IReadOnlyList<string> ColorNames = ["BLACK", "WHITE", "RED", "BLUE", "GREEN"];

    /// <summary>Colour of variant <paramref name="v"/> (0-based) of product <paramref name="i"/>.</summary>
    public static string VariantColor(int i, int v) => ColorNames[(i + v) % ColorNames.Count];

    /// <summary>Units in stock of variant <paramref name="v"/> of product <paramref name="i"/> (0..14).</summary>
    public static int VariantQuantity(int i, int v) => ((i * 7) + (v * 11)) % 15;

    /// <summary>Number of colour variants of product <paramref name="i"/> (1..3).</summary>
    public static int VariantCount(int i) => 1 + (i % 3);

    /// <summary>Initial stock quantity (0..49); 0 means out of stock.</summary>
    public static int InitialQuantity(int i) => i * 29 % 50;

    /// <summary>Threshold below which stock counts as low.</summary>
    public const int LowStockThreshold = 5;

    /// <summary>Warehouse code holding product <paramref name="i"/>.</summary>
    public static string Warehouse(int i) => "WH-" + (1 + (i % 3)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Product index reviewed by review <paramref name="j"/>.</summary>
    public static int ReviewProductIndex(int j) => 1 + (j * 7919 % ProductCount);

    /// <summary>Author index of review <paramref name="j"/>.</summary>
    public static int ReviewAuthorIndex(int j) => 1 + (int)(Mix(j, 1) % UserCount);

    /// <summary>Rating 1..5 of review <paramref name="j"/>.</summary>
    public static int ReviewRating(int j) => 1 + (int)(Mix(j, 2) % 5);

    /// <summary>Review text.</summary>
    public static string ReviewBody(int j) => Opinions[Mix(j, 3) % (uint)Opinions.Length] + ".";

    /// <summary>A fixed integer hash (multiply–xorshift) so related fields of one row do not correlate.</summary>
    private static uint Mix(int value, uint salt)
    {
        unchecked
        {
            var x = ((uint)value * 0x9E3779B1u) ^ (salt * 0x85EBCA77u);
            x ^= x >> 15;
            x *= 0x2C1B3C6Du;
            x ^= x >> 12;
            x *= 0x297A2D39u;
            x ^= x >> 15;
            return x;
        }
    }

    /// <summary>Review time: <see cref="Epoch"/> plus <paramref name="j"/> hours.</summary>
    public static DateTime ReviewCreatedAt(int j) => Epoch.AddHours(j);
}
