namespace Tao.Rules.Reporting.Model;

/// <summary>How many entity × rule results have each outcome.</summary>
public sealed record OutcomeCounts(int Pass, int Fail, int Unknown, int NotApplicable, int Waived, int Error)
{
    public int Total => Pass + Fail + Unknown + NotApplicable + Waived + Error;

    public static OutcomeCounts Of(IEnumerable<string> outcomes)
    {
        int pass = 0, fail = 0, unknown = 0, notApplicable = 0, waived = 0, error = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case "pass": pass++; break;
                case "fail": fail++; break;
                case "unknown": unknown++; break;
                case "not_applicable": notApplicable++; break;
                case "waived": waived++; break;
                default: error++; break;
            }
        }

        return new OutcomeCounts(pass, fail, unknown, notApplicable, waived, error);
    }
}
