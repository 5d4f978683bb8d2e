using System.Text;
using Tao.Rules.Reporting.Exports;

namespace Tao.Rules.Reporting.Tests.Exports;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("=a\nb", "\"'=a\nb\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("x-1", "x-1")]
    [InlineData("1,5", "\"1,5\"")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_quoted_by_rfc_4180(string cell, string expected)
    {
        var line = new StringBuilder();
        CsvText.AppendCell(line, cell);
        Assert.Equal(expected, line.ToString());
    }

    [Fact]
    public void A_row_separates_cells_with_commas_and_ends_with_crlf()
    {
        var line = new StringBuilder();
        CsvText.AppendRow(line, "=x", null, "plain");
        Assert.Equal("'=x,,plain\r\n", line.ToString());
    }
}
