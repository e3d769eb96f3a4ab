namespace GraphGateway.Subgraphs.Inventory.Schema;

/// <summary>A delivery estimate for one destination.</summary>
/// <param name="Zip">Destination postal code, as given.</param>
/// <param name="Days">Business days until delivery.</param>
/// <param name="ExpressAvailable">Whether express delivery is offered.</param>
public sealed record DeliveryEstimate(string Zip, int Days, bool ExpressAvailable);

/// <summary>Shipping rules computed from fields other subgraphs own (the reason for <c>@requires</c>).</summary>
public static class Estimates
{
    /// <summary>Orders at or above this price (cents) ship free.</summary>
    public const int FreeShippingFromCents = 10000;

    /// <summary>Shipping cost in cents: free from <see cref="FreeShippingFromCents"/>, else 299 + 50 per started kilogram.</summary>
    public static int ShippingCents(int priceCents, int weightGrams) =>
        priceCents >= FreeShippingFromCents ? 0 : 299 + (50 * ((weightGrams + 999) / 1000));

    /// <summary>Delivery days: 1/2/3/5 by size S/M/L/XL, +1 above 2 kg, +2 for zip codes starting with 9.</summary>
    public static DeliveryEstimate Delivery(string zip, string size, int weightGrams)
    {
        var days = size switch { "S" => 1, "M" => 2, "L" => 3, _ => 5 };
        if (weightGrams > 2000)
        {
            days++;
        }

        if (zip.StartsWith('9'))
        {
            days += 2;
        }

        return new DeliveryEstimate(zip, days, size is "S" or "M" && weightGrams <= 2000);
    }
}
