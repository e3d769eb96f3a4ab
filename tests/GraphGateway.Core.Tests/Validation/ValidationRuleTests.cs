using System.Text;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Validation;
using GraphQLParser;
using Snapshooter.Xunit;

namespace GraphGateway.Core.Tests.Validation;

public sealed class ValidationRuleTests
{
    public static TheoryData<string> Rules => new(ValidationCases.ByRule.Keys);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_SpecExamples_ValidAcceptedAndInvalidErrorsMatchSnapshot(string rule)
    {
        var type = typeof(DocumentValidator).Assembly.GetType("GraphGateway.Core.Validation.Rules." + rule, throwOnError: true)!;
        var report = new StringBuilder();
        foreach (var c in ValidationCases.ByRule[rule])
        {
            var errors = Run((ValidationRule)Activator.CreateInstance(type)!, c);
            if (c.Valid)
            {
                Assert.True(errors.Count == 0, $"{rule}/{c.Name} should be valid: {string.Join("; ", errors.Select(e => e.Message))}");
                continue;
            }

            Assert.True(errors.Count > 0, $"{rule}/{c.Name} should be invalid.");
            Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
            report.Append("## ").AppendLine(c.Name).AppendLine(c.Document).AppendLine("--");
            foreach (var e in errors)
            {
                report.Append(e.Message).Append(" @ ")
                    .AppendLine(string.Join(", ", e.Locations!.Select(l => $"{l.Line}:{l.Column}")));
            }

            report.AppendLine();
        }

        Snapshot.Match(report.ToString(), "Validation_" + rule);
    }

    [Fact]
    public void Validate_AllRulesOnValidExamples_NoErrors()
    {
        const string document = """
            query Q($atOtherHomes: Boolean = true, $search: FindDogInput) {
              dog { ...dogFields nickname @include(if: $atOtherHomes) }
              findDog(searchBy: $search) { name }
              catOrDog { __typename ... on Cat { meowVolume } }
            }

            fragment dogFields on Dog {
              name
              isHouseTrained(atOtherHomes: $atOtherHomes)
              owner { pets { name } }
            }
            """;
        var errors = DocumentValidator.Validate(SpecSchema.Schema, Parser.Parse(document), document);
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownFieldWithTypo_SuggestsFieldName()
    {
        const string document = "{\n  dog { nam }\n}";
        var errors = DocumentValidator.Validate(SpecSchema.Schema, Parser.Parse(document), document);
        var error = Assert.Single(errors);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", error.Message);
        Assert.Equal([new ErrorLocation(2, 9)], error.Locations);
    }

    private static IReadOnlyList<GraphQLError> Run(ValidationRule rule, ValidationCase c)
    {
        var schema = c.QueryOnlySchema ? SpecSchema.QueryOnly : SpecSchema.Schema;
        return DocumentValidator.Validate(schema, Parser.Parse(c.Document), c.Document, [rule]);
    }
}
