// The evaluation exports (JSON, CSV, SARIF, JUnit) and the names they share live in Tao.Rules.Reporting, so that
// `report` writes the same files as `eval`; every command may use them.
global using Tao.Rules.Reporting.Exports;
