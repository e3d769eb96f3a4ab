namespace GraphGateway.Cli.Tests;

/// <summary>Small subgraph schemas used by the CLI tests.</summary>
internal static class Schemas
{
    public const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\"])\n";

    public const string Products = Link + "type Query { products: [Product] }\ntype Product @key(fields: \"id\") { id: ID! name: String price(currency: String): Int }\n";

    public const string Reviews = Link + "type Product @key(fields: \"id\") { id: ID! reviews: [String] }\n";

    public const string ProductsWithoutPrice = Link + "type Query { products: [Product] }\ntype Product @key(fields: \"id\") { id: ID! name: String }\n";

    public const string ProductsConflicting = Link + "type Query { products: [Product] }\ntype Product @key(fields: \"id\") { id: ID! reviews: [String] }\n";
}
