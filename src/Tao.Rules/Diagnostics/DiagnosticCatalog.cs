using Category = Tao.Rules.Diagnostics.DiagnosticCategory;
using static Tao.Rules.Diagnostics.DiagnosticSeverity;

namespace Tao.Rules.Diagnostics;

/// <summary>
/// Every diagnostic Tao.Rules can report. Ids are stable: never reuse or renumber one.
/// Each id has a page at docs/diagnostics/TAOnnnn.md (a test checks it).
/// </summary>
public static class DiagnosticCatalog
{
    // TAO1xxx — the text of a rule file and the DSL grammar.
    public static readonly DiagnosticDescriptor SyntaxError = new("TAO1001", "Syntax error", "{0}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor UnterminatedString = new("TAO1002", "Unterminated string", "unterminated string literal; expected a closing '\"' before the end of the {0}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor NestingTooDeep = new("TAO1003", "Nesting too deep", "expression nesting is deeper than {0} levels; split it with 'let'", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("TAO1004", "Number out of range", "number literal '{0}' is outside the range of a 64-bit floating-point number", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor UnknownUnit = new("TAO1005", "Unknown unit", "unknown unit '{0}'{1}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor InvalidDate = new("TAO1006", "Invalid date", "'{0}' is not a valid calendar date (expected YYYY-MM-DD)", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor DuplicateClause = new("TAO1007", "Duplicate clause", "'{0}' is given more than once in this {1}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor MissingPackage = new("TAO1008", "Missing package declaration", "a rule file must start with 'package NAME'{0}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor InvalidEncoding = new("TAO1009", "Invalid UTF-8", "the file is not valid UTF-8 text (invalid byte 0x{0} at byte offset {1})", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor InvalidCharacter = new("TAO1010", "Invalid character", "the file contains the control character U+{0}, which is not allowed in rule files", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor FileTooLarge = new("TAO1011", "File too large", "the file is {0} bytes; rule, schema and YAML files are limited to {1} bytes", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor InvalidEscape = new("TAO1012", "Invalid escape sequence", "invalid escape sequence '\\{0}' in string; expected one of \\\" \\\\ \\n \\t", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor InvalidInterpolation = new("TAO1013", "Invalid interpolation", "{0}", Category.Syntax, Error);
    public static readonly DiagnosticDescriptor UnreadableFile = new("TAO1014", "Unreadable file", "cannot read '{0}': {1}", Category.Syntax, Error);

    // TAO2xxx — the structure of YAML rule and schema files.
    public static readonly DiagnosticDescriptor InvalidYaml = new("TAO2001", "Invalid YAML", "invalid YAML: {0}", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor UnknownKey = new("TAO2002", "Unknown key", "unknown key '{0}' in {1}{2}", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor MissingKey = new("TAO2003", "Missing key", "{1} is missing the required key '{0}'", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor DuplicateKey = new("TAO2004", "Duplicate key", "duplicate key '{0}' in {1}", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor WrongValueKind = new("TAO2005", "Wrong value kind", "'{0}' must be {1}", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("TAO2006", "Anchors and aliases not allowed", "YAML anchors and aliases are not allowed in rule, schema and fact files", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor InvalidValue = new("TAO2007", "Invalid value", "'{0}' is not a valid {1}; expected {2}", Category.Yaml, Error);
    public static readonly DiagnosticDescriptor YamlNestingTooDeep = new("TAO2008", "YAML nesting too deep", "the YAML nests deeper than {0} levels; rule, schema and fact files need far fewer", Category.Yaml, Error);

    // TAO3xxx — names, types and units.
    public static readonly DiagnosticDescriptor UnknownField = new("TAO3001", "Unknown field", "unknown field '{0}.{1}'{2}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor TypeMismatch = new("TAO3002", "Type mismatch", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnitMismatch = new("TAO3003", "Unit mismatch", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownFunction = new("TAO3004", "Unknown function or wrong arity", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownName = new("TAO3005", "Unknown name", "unknown name '{0}'{1}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor CyclicLet = new("TAO3006", "Cyclic let", "'let {0}' depends on itself: {1}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownEntityKind = new("TAO3007", "Unknown entity kind", "no schema declares the entity kind '{0}'{1}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor DuplicateName = new("TAO3008", "Duplicate name", "'{0}' is already declared in this package", Category.Binding, Error);
    public static readonly DiagnosticDescriptor MisplacedPopulation = new("TAO3009", "Population outside an aggregate", "'all …' selects a population and may only stand as the first argument of an aggregate such as sum, min, max, avg, count or rank", Category.Binding, Error);
    public static readonly DiagnosticDescriptor InvalidSchema = new("TAO3010", "Invalid schema", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownRuleInTest = new("TAO3011", "Unknown rule in test", "the test expects an outcome of rule '{0}', which this package does not declare{1}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownEnumValue = new("TAO3012", "Unknown enum value", "'{0}' is not a value of '{1}' (values: {2}){3}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor InvalidLambda = new("TAO3013", "Invalid lambda", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor NonConstantValue = new("TAO3014", "Value is not a constant", "{0}", Category.Binding, Error);
    public static readonly DiagnosticDescriptor MissingEntityKind = new("TAO3015", "Missing entity kind", "package '{0}' does not say which entity kind it applies to; add 'applies to KIND' (in YAML, 'applies_to: KIND')", Category.Binding, Error);
    public static readonly DiagnosticDescriptor UnknownTestEntity = new("TAO3016", "Unknown entity in test", "the test gives no entity whose {0} is '{1}'{2}", Category.Binding, Error);

    // TAO4xxx — rule hygiene.
    public static readonly DiagnosticDescriptor DuplicateRuleId = new("TAO4001", "Duplicate rule id", "rule id '{0}' is already used in this package", Category.Hygiene, Error);
    public static readonly DiagnosticDescriptor MissingCitation = new("TAO4002", "Rule without citation", "rule '{0}' has no 'cite'; say which regulation or policy it encodes", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor MissingBecause = new("TAO4003", "Rule without explanation", "rule '{0}' has no 'because'; a fail must be explained in business words", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor UntestedRule = new("TAO4004", "Rule without a test", "rule '{0}' is not exercised by any test in this package", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor MissingSeverity = new("TAO4005", "Rule without severity", "rule '{0}' has no 'severity'; it is treated as 'major'", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor ConstantCondition = new("TAO4006", "Condition always true or false", "this '{0}' is always {1}{2}", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor UnsatisfiableRequire = new("TAO4007", "Unsatisfiable require", "this 'require' can never hold: {0}", Category.Hygiene, Error);
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("TAO4008", "Unused param or let", "{0} '{1}' is never used", Category.Hygiene, Warning);
    public static readonly DiagnosticDescriptor MissingRequire = new("TAO4009", "Rule without require", "rule '{0}' has no 'require'; it would always pass", Category.Hygiene, Error);

    // TAO6xxx — fact files and waivers.
    public static readonly DiagnosticDescriptor UnreadableFacts = new("TAO6001", "Unreadable facts", "cannot read the facts: {0}", Category.Facts, Error);
    public static readonly DiagnosticDescriptor FactTypeMismatch = new("TAO6002", "Fact of the wrong type or unit", "{0}", Category.Facts, Error);
    public static readonly DiagnosticDescriptor MissingRequiredFact = new("TAO6003", "Missing required field", "{0} is missing the required field '{1}'", Category.Facts, Error);
    public static readonly DiagnosticDescriptor DuplicateEntityKey = new("TAO6004", "Duplicate entity key", "duplicate {0} '{1}': an entity with this key is already given at line {2}; this one is ignored", Category.Facts, Error);
    public static readonly DiagnosticDescriptor UnknownFactField = new("TAO6005", "Unknown fact field", "unknown field '{0}' for kind '{1}'; it is ignored{2}", Category.Facts, Warning);
    public static readonly DiagnosticDescriptor InvalidWaiver = new("TAO6006", "Invalid waiver", "{0}", Category.Facts, Error);
    public static readonly DiagnosticDescriptor FactKindMismatch = new("TAO6007", "Facts of another kind", "the facts are of kind '{0}', but they are read as '{1}'", Category.Facts, Error);
    public static readonly DiagnosticDescriptor InvalidFactStructure = new("TAO6008", "Invalid fact file structure", "{0}", Category.Facts, Error);
    public static readonly DiagnosticDescriptor InvalidFactValue = new("TAO6009", "Invalid fact value", "{0}", Category.Facts, Error);
    public static readonly DiagnosticDescriptor FactLineTooLong = new("TAO6010", "Line too long", "this {0} is longer than {1} characters; it is skipped", Category.Facts, Error);
    public static readonly DiagnosticDescriptor CsvCellCount = new("TAO6011", "Wrong number of CSV cells", "this row has {0} cells but the header has {1} columns; the row is skipped", Category.Facts, Error);
    public static readonly DiagnosticDescriptor TooManyFactProblems = new("TAO6012", "Too many problems", "more than {0} problems in this file; the rest are not reported", Category.Facts, Error);
    public static readonly DiagnosticDescriptor NoEvaluationDate = new("TAO6013", "No evaluation date", "no evaluation date for '{0}': give --as-of, or an as_of in the facts file '{1}'", Category.Facts, Error);

    // TAO7xxx — rule tests.
    public static readonly DiagnosticDescriptor ExpectationNotMet = new("TAO7001", "Expectation not met", "{0}", Category.RuleTests, Error);

    // TAO8xxx — report templates and report output.
    public static readonly DiagnosticDescriptor TemplateSyntaxError = new("TAO8001", "Template syntax error", "{0}", Category.Reports, Error);
    public static readonly DiagnosticDescriptor TemplateRuntimeError = new("TAO8002", "Template error", "{0}", Category.Reports, Error);
    public static readonly DiagnosticDescriptor TemplateNotFound = new("TAO8003", "Template not found", "{0}", Category.Reports, Error);
    public static readonly DiagnosticDescriptor IncludeOutsideTemplates = new("TAO8004", "Include outside the templates folder", "{0}", Category.Reports, Error);
    public static readonly DiagnosticDescriptor TemplateLimitExceeded = new("TAO8005", "Template limit exceeded", "{0}", Category.Reports, Error);
    public static readonly DiagnosticDescriptor ReportNotWritten = new("TAO8006", "Report not written", "cannot write the report to '{0}': {1}", Category.Reports, Error);

    /// <summary>All descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCatalog)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
