using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Tests.Validation;

/// <summary>The example schema of GraphQL spec §5 "Validation" (plus the §5.6 Arguments type and a @oneOf input).</summary>
internal static class SpecSchema
{
    public const string Sdl = """
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          arguments: Arguments
          human: Human
          pet: Pet
          catOrDog: CatOrDog
          lookup(input: RequiredInput): String
        }

        input RequiredInput {
          id: ID!
          tag: String = "x"
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input PetInput @oneOf {
          cat: String
          dog: String
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }
        """;

    public static readonly Schema Schema = SchemaParser.Parse(Sdl, "spec");

    /// <summary>A schema with only a query root, for "Operation Type Existence".</summary>
    public static readonly Schema QueryOnly = SchemaParser.Parse("type Query { dog: String }", "query-only");
}
